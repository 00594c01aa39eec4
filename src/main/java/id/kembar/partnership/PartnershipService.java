package id.kembar.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import id.kembar.actor.Actor;
import id.kembar.actor.ActorRepository;
import id.kembar.common.problem.FieldError;
import id.kembar.common.problem.ProblemException;
import id.kembar.common.validation.RequestValidator;
import id.kembar.common.web.ETags;
import id.kembar.common.web.MergePatch;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class PartnershipService {

    private final PartnershipRepository partnerships;
    private final ActorRepository actors;
    private final RequestValidator validator;
    private final MergePatch mergePatch;
    private final PartnershipFindings findings;

    PartnershipService(
            PartnershipRepository partnerships,
            ActorRepository actors,
            RequestValidator validator,
            MergePatch mergePatch,
            PartnershipFindings findings) {
        this.partnerships = partnerships;
        this.actors = actors;
        this.validator = validator;
        this.mergePatch = mergePatch;
        this.findings = findings;
    }

    Page<PartnershipResponse> list(PartnershipFilter filter, PageRequest page) {
        Page<Partnership> found = partnerships.search(filter, page);
        Map<UUID, List<FindingCode>> codes =
                findings.of(found.items().stream().map(Partnership::id).toList());
        return found.map(p -> PartnershipMapper.toResponse(p, codes.getOrDefault(p.id(), List.of())));
    }

    PartnershipResponse get(UUID id) {
        return PartnershipMapper.toResponse(partnerships.require(id));
    }

    public PartnershipResponse create(PartnershipRequest request) {
        Partnership partnership = new Partnership();
        write(partnership, request);
        partnerships.persist(partnership);
        partnerships.flush();
        return PartnershipMapper.toResponse(partnership);
    }

    PartnershipResponse replace(UUID id, PartnershipRequest request, String ifMatch) {
        Partnership partnership = partnerships.require(id);
        ETags.checkIfMatch(ifMatch, partnership.version());
        write(partnership, request);
        partnerships.flush();
        return PartnershipMapper.toResponse(partnership);
    }

    PartnershipResponse patch(UUID id, JsonNode patch, String ifMatch) {
        Partnership partnership = partnerships.require(id);
        ETags.checkIfMatch(ifMatch, partnership.version());
        write(partnership, mergePatch.apply(PartnershipMapper.toRequest(partnership), patch, PartnershipRequest.class));
        partnerships.flush();
        return PartnershipMapper.toResponse(partnership);
    }

    /** Its participants, milestones and sector programs go with it (the schema cascades the delete). */
    void delete(UUID id, String ifMatch) {
        Partnership partnership = partnerships.require(id);
        ETags.checkIfMatch(ifMatch, partnership.version());
        partnerships.delete(partnership);
        partnerships.flush();
    }

    private void write(Partnership partnership, PartnershipRequest request) {
        List<FieldError> errors = validator.check(request);
        Actor local = actors.referenced(request.localGovernmentId(), "localGovernmentId", errors);
        Actor partner = actors.referenced(request.partnerId(), "partnerId", errors);
        errors.addAll(PartnershipRules.check(request.type(), local, partner));
        RequestValidator.throwIfAny(errors);
        partnerships
                .findSame(local.id(), partner.id(), request.type(), partnership.id())
                .ifPresent(existing -> {
                    throw ProblemException.duplicate(
                            "A " + request.type() + " partnership between " + local.name() + " and " + partner.name()
                                    + " is already registered: " + existing.id(),
                            existing.id());
                });
        PartnershipMapper.apply(request, local, partner, partnership);
    }
}
