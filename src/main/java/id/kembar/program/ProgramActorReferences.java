package id.kembar.program;

import id.kembar.actor.ActorReferences;
import id.kembar.common.persistence.ReferenceQuery;
import id.kembar.common.problem.Reference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ProgramActorReferences implements ActorReferences {

    private final EntityManager em;

    ProgramActorReferences(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Reference> to(UUID actorId) {
        return ReferenceQuery.find(em, "sector-programs", "SectorProgram sp", "sp.leadAgency.id = :id", actorId);
    }
}
