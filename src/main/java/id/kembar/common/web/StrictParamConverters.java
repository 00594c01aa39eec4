package id.kembar.common.web;

import id.kembar.common.problem.FieldError;
import id.kembar.common.problem.ProblemException;
import id.kembar.common.time.PartialDate;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads path, query and header values so that a bad one is a 400 naming the parameter (and, for an enum, the
 * allowed values). JAX-RS would otherwise answer a malformed path id or query number with 404.
 */
@Provider
class StrictParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType.isEnum()) {
            return (ParamConverter<T>) enumConverter(rawType.asSubclass(Enum.class), name);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, UUID::fromString, "must be a UUID");
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, Integer::valueOf, "must be an integer");
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) converter(name, StrictParamConverters::parseBoolean, "must be true or false");
        }
        if (rawType == PartialDate.class) {
            return (ParamConverter<T>) converter(name, PartialDate::parse, PartialDate.FORMAT_MESSAGE);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(
                    name,
                    StrictParamConverters::parseDay,
                    "must be a date in the form YYYY-MM-DD between the years 1000 and 9999");
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) converter(
                    name,
                    StrictParamConverters::parseMoment,
                    "must be a date-time with offset between the years 1000 and 9999, such as 2026-11-22T10:15:30Z");
        }
        return null;
    }

    private static <E extends Enum<E>> ParamConverter<E> enumConverter(Class<E> type, String name) {
        List<String> allowed = FieldError.namesOf(type);
        return new ParamConverter<>() {
            @Override
            public E fromString(String value) {
                if (value != null && allowed.contains(value)) {
                    return Enum.valueOf(type, value);
                }
                throw ProblemException.invalid(name, "must be one of: " + String.join(", ", allowed), allowed);
            }

            @Override
            public String toString(E value) {
                return value.name();
            }
        };
    }

    private static <V> ParamConverter<V> converter(String name, Function<String, V> parse, String message) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                try {
                    return parse.apply(value == null ? "" : value.trim());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw ProblemException.invalid(name, message);
                }
            }

            @Override
            public String toString(V value) {
                return String.valueOf(value);
            }
        };
    }

    private static LocalDate parseDay(String value) {
        LocalDate day = LocalDate.parse(value);
        if (day.getYear() < 1000 || day.getYear() > 9999) {
            throw new IllegalArgumentException(value);
        }
        return day;
    }

    // the databases' timestamp range is narrower than Java's
    private static OffsetDateTime parseMoment(String value) {
        OffsetDateTime moment = OffsetDateTime.parse(value);
        if (moment.getYear() < 1000 || moment.getYear() > 9999) {
            throw new IllegalArgumentException(value);
        }
        return moment;
    }

    private static Boolean parseBoolean(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam q) {
                return q.value();
            }
            if (annotation instanceof PathParam p) {
                return p.value();
            }
            if (annotation instanceof HeaderParam h) {
                return h.value();
            }
        }
        return "parameter";
    }
}
