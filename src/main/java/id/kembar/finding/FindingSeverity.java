package id.kembar.finding;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "How urgent a finding is: `CRITICAL` needs action now (the partnership is dead or its "
                + "agreement has lapsed), `WARNING` is a failure the studies describe, `INFO` is worth knowing.")
public enum FindingSeverity {
    INFO,
    WARNING,
    CRITICAL
}
