package id.kembar.common.text;

/**
 * The kinds of items text search finds by their words (V22), each with its words' table: the entity that reads it
 * (its {@code word} and the item's id as {@code owner}), the item's table, whose {@code partnershipColumn} names the
 * partnership the item belongs to, and the column of the list's default order that each word row copies from its item
 * (V24: {@code orderKey} in the entity).
 */
public enum WordList {
    PARTNERSHIP("PartnershipWord", "partnershipId", "partnership", "id", "titleKey", "title_key"),
    MILESTONE("MilestoneWord", "milestoneId", "milestone", "partnership_id", "timelineDate", "timeline_date"),
    SECTOR_PROGRAM("SectorProgramWord", "sectorProgramId", "sector_program", "partnership_id", "titleKey", "title_key");

    final String entity;
    final String owner;
    final String table;
    final String partnershipColumn;
    final String orderKey;
    final String orderColumn;

    WordList(String entity, String owner, String table, String partnershipColumn, String orderKey, String orderColumn) {
        this.entity = entity;
        this.owner = owner;
        this.table = table;
        this.partnershipColumn = partnershipColumn;
        this.orderKey = orderKey;
        this.orderColumn = orderColumn;
    }

    /** The entity that reads its words, as queries name it. */
    public String entity() {
        return entity;
    }

    /** The item's id in that entity. */
    public String owner() {
        return owner;
    }

    /** The entity's copy of the key its list is sorted by by default, which its word index holds after the word. */
    public String orderKey() {
        return orderKey;
    }

    /** Where a word row's copy of its item's sort key differs from the item's: the rows of such items. */
    String staleOrderKeys() {
        return "from " + table + "_word w join " + table + " o on o.id = w." + table + "_id where w." + orderColumn
                + " is distinct from o." + orderColumn;
    }

    /** Copies the sort key of its item onto every word row whose copy differs. */
    String copyOrderKeys() {
        return copyOrderKeysWhere(orderColumn + " is distinct from (" + itemOrderKey() + ")");
    }

    /**
     * The item table, whose ids {@link #copyOrderKeysOfIds} takes (V24_1 reads them in pages, the word table's
     * primary key starting with them).
     */
    public String table() {
        return table;
    }

    /** Copies the sort key of its item onto the word rows of the items whose ids lie between the two parameters. */
    public String copyOrderKeysOfIds() {
        return copyOrderKeysWhere(table + "_id between ? and ?");
    }

    private String copyOrderKeysWhere(String condition) {
        return "update " + table + "_word set " + orderColumn + " = (" + itemOrderKey() + ") where " + condition;
    }

    // the key of the word row's item, in an update of the word table
    private String itemOrderKey() {
        return "select o." + orderColumn + " from " + table + " o where o.id = " + table + "_word." + table + "_id";
    }

    /** The count of each word among the items of a partnership (its own words, or those of its children). */
    String wordsOfPartnership() {
        return "select w.word, count(*) from " + table + "_word w join " + table + " o on o.id = w." + table
                + "_id where o." + partnershipColumn + " = ?1 group by w.word";
    }

    /** The count of each word among all items, after the kind's name. */
    String wordsOfAll() {
        return "select '" + name() + "', word, count(*) from " + table + "_word group by word";
    }
}
