package id.kembar.program;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "What held a program back: no budget line, no follow-up by the agencies, climate or geography "
                        + "that made it infeasible, a policy mismatch, communication, or something else (say what in the note).")
public enum Obstacle {
    NO_BUDGET,
    NO_FOLLOW_UP,
    CLIMATE_OR_GEOGRAPHY,
    POLICY_MISMATCH,
    COMMUNICATION,
    OTHER
}
