package id.kembar.program;

import id.kembar.common.problem.Reference;
import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by features whose records refer to sector programs (milestones), so that deleting a referenced program
 * is a 409 that says what refers to it.
 */
public interface SectorProgramReferences {

    Optional<Reference> to(UUID sectorProgramId);
}
