package id.kembar.common.text;

/**
 * The kinds of items text search finds by their words (V22), each with its words' table: the entity that reads it
 * (its {@code word} and the item's id as {@code owner}) and the item's table, whose {@code partnershipColumn} names the
 * partnership the item belongs to.
 */
public enum WordList {
    PARTNERSHIP("PartnershipWord", "partnershipId", "partnership", "id"),
    MILESTONE("MilestoneWord", "milestoneId", "milestone", "partnership_id"),
    SECTOR_PROGRAM("SectorProgramWord", "sectorProgramId", "sector_program", "partnership_id");

    final String entity;
    final String owner;
    final String table;
    final String partnershipColumn;

    WordList(String entity, String owner, String table, String partnershipColumn) {
        this.entity = entity;
        this.owner = owner;
        this.table = table;
        this.partnershipColumn = partnershipColumn;
    }

    /** The entity that reads its words, as queries name it. */
    public String entity() {
        return entity;
    }

    /** The item's id in that entity. */
    public String owner() {
        return owner;
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
