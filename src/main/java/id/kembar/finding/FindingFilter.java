package id.kembar.finding;

import id.kembar.partnership.FindingCode;
import id.kembar.partnership.PartnershipScope;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the findings list; repeating a parameter means "any of these". */
public class FindingFilter {

    @QueryParam("code")
    @Parameter(description = "Only findings with these codes (repeatable).")
    public List<FindingCode> code;

    @QueryParam("severity")
    @Parameter(description = "Only findings of these severities (repeatable).")
    public List<FindingSeverity> severity;

    @QueryParam("partnershipId")
    @Parameter(description = "Only the findings of this partnership.")
    public UUID partnershipId;

    @BeanParam
    @Valid
    public PartnershipScope scope = new PartnershipScope();
}
