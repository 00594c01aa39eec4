package id.kembar.program;

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

/** The filters of a sector program list; repeating a parameter means "any of these". */
@CrossFieldRules
public class ProgramFilter implements CrossFieldRules.Checked {

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(
            description = "Text search by whole words: only programs whose title, description, obstacle note and "
                    + "outcomes together contain every word of `q`, ignoring case and accents (`Émile` finds `emile`). "
                    + "A word is a run of letters and digits; part of a word finds nothing. At most 10 words; a `q` "
                    + "without a letter or digit is a 400.")
    public String q;

    @QueryParam("sector")
    @Parameter(description = "Only programs in these sectors (repeatable).")
    public List<Sector> sector;

    @QueryParam("status")
    @Parameter(description = "Only programs with these statuses (repeatable).")
    public List<ProgramStatus> status;

    @QueryParam("leadAgencyId")
    @Parameter(description = "Only programs led by this actor.")
    public UUID leadAgencyId;

    @QueryParam("obstacle")
    @Parameter(description = "Only programs that met any of these obstacles (repeatable).")
    public List<Obstacle> obstacle;

    @QueryParam("hasBudget")
    @Parameter(description = "`true`: only programs with a budget; `false`: only programs without one.")
    public Boolean hasBudget;

    @QueryParam("hasLeadAgency")
    @Parameter(description = "`true`: only programs with a lead agency; `false`: only programs without one.")
    public Boolean hasLeadAgency;

    @QueryParam("side")
    @Parameter(description = "Only programs taking place on these sides (repeatable).")
    public List<Side> side;

    @QueryParam("startDateFrom")
    @Parameter(description = "Only programs starting on or after this (partial) date.")
    public PartialDate startDateFrom;

    @QueryParam("startDateTo")
    @Parameter(description = "Only programs starting on or before the end of this (partial) date.")
    public PartialDate startDateTo;

    @QueryParam("endDateFrom")
    @Parameter(description = "Only programs ending on or after this (partial) date.")
    public PartialDate endDateFrom;

    @QueryParam("endDateTo")
    @Parameter(description = "Only programs ending on or before the end of this (partial) date.")
    public PartialDate endDateTo;

    @BeanParam
    @Valid
    public PartnershipScope scope = new PartnershipScope();

    @QueryParam("updatedSince")
    @Parameter(description = "Only programs changed at or after this moment (for synchronisation).")
    public OffsetDateTime updatedSince;

    @Override
    public List<FieldError> crossFieldErrors() {
        return new DateRanges()
                .range("startDateFrom", startDateFrom, "startDateTo", startDateTo)
                .range("endDateFrom", endDateFrom, "endDateTo", endDateTo)
                .errors();
    }
}
