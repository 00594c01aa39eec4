package id.kembar.partnership;

import id.kembar.common.problem.FieldError;
import id.kembar.common.time.DateRanges;
import id.kembar.common.time.PartialDate;
import id.kembar.common.validation.CrossFieldRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the partnership list; repeating a parameter means "any of these". */
@CrossFieldRules
public class PartnershipFilter implements CrossFieldRules.Checked {

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(
            description =
                    "Text search by whole words: only partnerships whose title, description, objectives, "
                            + "reference number and the names of both sides together contain every word of `q`, ignoring case "
                            + "and accents (`Émile` finds `emile`). A word is a run of letters and digits (`119/1000/SJ` is "
                            + "three); part of a word finds nothing. At most 10 words; a `q` without a letter or digit is a 400.")
    public String q;

    @QueryParam("type")
    @Parameter(description = "Only partnerships of these types (repeatable).")
    public List<PartnershipType> type;

    @QueryParam("stage")
    @Parameter(description = "Only partnerships at these stages (repeatable).")
    public List<PartnershipStage> stage;

    @QueryParam("finding")
    @Parameter(
            description = "Only partnerships that have any of these findings today (repeatable), as in their "
                    + "`findings` and their assessment.")
    public List<FindingCode> finding;

    @QueryParam("localGovernmentId")
    @Parameter(description = "Only partnerships of this local government.")
    public UUID localGovernmentId;

    @QueryParam("partnerId")
    @Parameter(description = "Only partnerships with this partner.")
    public UUID partnerId;

    @BeanParam
    @Valid
    public PartnershipScope scope = new PartnershipScope();

    @QueryParam("validFromFrom")
    @Parameter(description = "Only agreements that took effect on or after this (partial) date.")
    public PartialDate validFromFrom;

    @QueryParam("validFromTo")
    @Parameter(description = "Only agreements that took effect on or before the end of this (partial) date.")
    public PartialDate validFromTo;

    @QueryParam("validUntilFrom")
    @Parameter(description = "Only agreements that end on or after this (partial) date.")
    public PartialDate validUntilFrom;

    @QueryParam("validUntilTo")
    @Parameter(
            description = "Only agreements that end on or before the end of this (partial) date "
                    + "(`validUntilTo=2026` lists those ending in 2026 or before).")
    public PartialDate validUntilTo;

    @QueryParam("updatedSince")
    @Parameter(description = "Only partnerships changed at or after this moment (for synchronisation).")
    public OffsetDateTime updatedSince;

    @Override
    public List<FieldError> crossFieldErrors() {
        return new DateRanges()
                .range("validFromFrom", validFromFrom, "validFromTo", validFromTo)
                .range("validUntilFrom", validUntilFrom, "validUntilTo", validUntilTo)
                .errors();
    }
}
