package id.kembar.partnership;

/**
 * A partnership is about to be deleted, and its participants, milestones and sector programs with it (the schema
 * cascades the delete): the packages that own them record their deletion, in the same transaction. Fired synchronously
 * while they still exist, so that the partnership package needs to know none of them.
 */
public record PartnershipDeleting(Partnership partnership) {}
