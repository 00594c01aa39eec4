package id.kembar.milestone;

import id.kembar.common.problem.FieldError;
import id.kembar.common.time.DateRanges;
import id.kembar.common.time.PartialDate;
import id.kembar.common.validation.CrossFieldRules;
import id.kembar.partnership.PartnershipScope;
import id.kembar.partnership.Side;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of a milestone list; repeating a parameter means "any of these". */
@CrossFieldRules
public class MilestoneFilter implements CrossFieldRules.Checked {

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(
            description = "Text search by whole words: only milestones whose title, description, place and document "
                    + "number together contain every word of `q`, ignoring case and accents (`Émile` finds `emile`). "
                    + "A word is a run of letters and digits (`MOU/12` is two); part of a word finds nothing. At most "
                    + "10 words; a `q` without a letter or digit is a 400.")
    public String q;

    @QueryParam("type")
    @Parameter(description = "Only milestones of these types (repeatable).")
    public List<MilestoneType> type;

    @QueryParam("status")
    @Parameter(description = "Only milestones with these statuses (repeatable).")
    public List<MilestoneStatus> status;

    @QueryParam("side")
    @Parameter(description = "Only milestones that took place on these sides (repeatable).")
    public List<Side> side;

    @QueryParam("sectorProgramId")
    @Parameter(description = "Only milestones of this sector program.")
    public UUID sectorProgramId;

    @QueryParam("actorId")
    @Parameter(description = "Only milestones this actor was involved in.")
    public UUID actorId;

    @QueryParam("targetDateFrom")
    @Parameter(description = "Only milestones due on or after this (partial) date.")
    public PartialDate targetDateFrom;

    @QueryParam("targetDateTo")
    @Parameter(description = "Only milestones due on or before the end of this (partial) date.")
    public PartialDate targetDateTo;

    @QueryParam("occurrenceDateFrom")
    @Parameter(description = "Only milestones that happened on or after this (partial) date.")
    public PartialDate occurrenceDateFrom;

    @QueryParam("occurrenceDateTo")
    @Parameter(description = "Only milestones that happened on or before the end of this (partial) date.")
    public PartialDate occurrenceDateTo;

    @BeanParam
    @Valid
    public PartnershipScope scope = new PartnershipScope();

    @QueryParam("updatedSince")
    @Parameter(description = "Only milestones changed at or after this moment (for synchronisation).")
    public OffsetDateTime updatedSince;

    @Override
    public List<FieldError> crossFieldErrors() {
        return new DateRanges()
                .range("targetDateFrom", targetDateFrom, "targetDateTo", targetDateTo)
                .range("occurrenceDateFrom", occurrenceDateFrom, "occurrenceDateTo", occurrenceDateTo)
                .errors();
    }
}
