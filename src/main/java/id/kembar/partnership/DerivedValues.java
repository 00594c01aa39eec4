package id.kembar.partnership;

import java.util.List;

/**
 * Keeps what is derived from a partnership and its children (its stage, its findings' facts, the counts) current, in
 * the transaction of every write that can change it. Such a write first locks the partnership
 * ({@link PartnershipRepository#lock}), so that concurrent writers take turns and each computes from what the one
 * before committed; the values live in the finding package, which implements this.
 */
public interface DerivedValues {

    /** After a write to these partnerships or their children; each must be locked by this transaction. */
    void update(List<Partnership> partnerships);

    default void update(Partnership partnership) {
        update(List.of(partnership));
    }

    /** Before the partnership is deleted (it must be locked): takes it out of the counts. */
    void remove(Partnership partnership);
}
