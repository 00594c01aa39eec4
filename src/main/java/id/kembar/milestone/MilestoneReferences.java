package id.kembar.milestone;

import id.kembar.actor.ActorReferences;
import id.kembar.common.persistence.ReferenceQuery;
import id.kembar.common.problem.Reference;
import id.kembar.program.SectorProgramReferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

/** Milestones refer to actors (those involved) and to sector programs. */
class MilestoneReferences {

    private MilestoneReferences() {}

    @ApplicationScoped
    static class ToActors implements ActorReferences {

        private final EntityManager em;

        ToActors(EntityManager em) {
            this.em = em;
        }

        @Override
        public Optional<Reference> to(UUID actorId) {
            return ReferenceQuery.find(
                    em,
                    "milestones",
                    "Milestone m",
                    "exists (select 1 from Milestone x join x.actors a where x = m and a.id = :id)",
                    actorId);
        }
    }

    @ApplicationScoped
    static class ToPrograms implements SectorProgramReferences {

        private final EntityManager em;

        ToPrograms(EntityManager em) {
            this.em = em;
        }

        @Override
        public Optional<Reference> to(UUID sectorProgramId) {
            return ReferenceQuery.find(em, "milestones", "Milestone m", "m.sectorProgram.id = :id", sectorProgramId);
        }
    }
}
