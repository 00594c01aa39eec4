package id.kembar.actor;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "The level of a government actor. Indonesian governments are a `PROVINCE`, a `REGENCY` "
                + "(kabupaten) or a `CITY` (kota); foreign ones may be any level.")
public enum GovernmentLevel {
    PROVINCE,
    REGENCY,
    CITY,
    STATE,
    PREFECTURE,
    MUNICIPALITY,
    OTHER;

    // an EnumSet, which answers false for null (an immutable Set.of throws, and a rule that asked it answered 500)
    static final Set<GovernmentLevel> INDONESIAN = EnumSet.of(PROVINCE, REGENCY, CITY);
}
