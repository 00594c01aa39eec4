package id.kembar.common.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.arc.Arc;
import jakarta.ws.rs.core.EntityTag;
import java.io.IOException;

/**
 * A resource's representation as it is sent: the JSON the service's {@link ObjectMapper} writes of a response body,
 * and its strong ETag, {@code "<version>-<digest>"}, a digest of exactly that text. The body is written once, here,
 * and the response sends it as it is ({@link AsWritten}; the tag needs the whole body before the first byte goes out).
 *
 * <p>The tag was a digest of the response record's text before, which a change of the JSON alone (a renamed or hidden
 * property) did not change; now it changes exactly when the bytes do.
 */
@JsonSerialize(using = Representation.AsWritten.class)
record Representation(String json, EntityTag tag) {

    private static volatile ObjectWriter writer;

    static Representation of(Versioned body) {
        String json = write(body);
        return new Representation(json, new EntityTag(body.version() + "-" + ETags.digest(json)));
    }

    private static String write(Object body) {
        try {
            return writer().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response record could not be written as JSON", e);
        }
    }

    // the ObjectMapper bean that Quarkus REST writes responses with (customised by every ObjectMapperCustomizer); the
    // callers are static helpers of resources and services, which run inside the application
    private static ObjectWriter writer() {
        ObjectWriter current = writer;
        if (current == null) {
            current = Arc.container().instance(ObjectMapper.class).get().writer();
            writer = current;
        }
        return current;
    }

    /** Writes the representation's JSON as it is, when a response sends the representation. */
    static final class AsWritten extends StdSerializer<Representation> {

        AsWritten() {
            super(Representation.class);
        }

        @Override
        public void serialize(Representation representation, JsonGenerator json, SerializerProvider provider)
                throws IOException {
            json.writeRawValue(representation.json());
        }
    }
}
