package id.kembar.actor;

import id.kembar.common.persistence.CountDifferences;
import id.kembar.common.persistence.ListParameter;
import id.kembar.common.persistence.ShardedCounts;
import id.kembar.common.persistence.Total;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * How many actors there are of each country and kind, kept on write in the writer's transaction (table actor_count,
 * V20): the actor list's total for countries, kinds or both is a sum of a few rows instead of a count of every actor
 * of a country. Each actor adds to one of {@value #SHARDS} shards of its row, chosen by its id, so that concurrent
 * writers of one country and kind seldom wait for the same row; a writer changes its rows in their sorted order, so
 * two writers cannot deadlock. The operator's consistency check compares them with a count of the actors.
 */
@ApplicationScoped
public class ActorCounts {

    static final int SHARDS = 8;

    private final EntityManager em;
    private final ShardedCounts sharded;

    ActorCounts(EntityManager em, ShardedCounts sharded) {
        this.em = em;
        this.sharded = sharded;
    }

    /** One actor more of its country and kind. */
    void added(Actor actor) {
        apply(actor.id(), Map.of(row(actor.country(), actor.kind()), 1L));
    }

    /** One actor less of its country and kind. */
    void removed(Actor actor) {
        apply(actor.id(), Map.of(row(actor.country(), actor.kind()), -1L));
    }

    /** The actor was of {@code country} and {@code kind} before this write. */
    void changed(Actor actor, String country, ActorKind kind) {
        if (country.equals(actor.country()) && kind == actor.kind()) {
            return;
        }
        apply(actor.id(), Map.of(row(country, kind), -1L, row(actor.country(), actor.kind()), 1L));
    }

    /** The number of actors of the filter's countries and kinds (all of either when it gives none), as the list's total. */
    Total total(ActorFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder query = new StringBuilder("select sum(actorCount.n) from ActorCountRow actorCount where 1 = 1");
        if (filter.country != null && !filter.country.isEmpty()) {
            query.append(" and actorCount.country ")
                    .append(ListParameter.in("keptCountries", filter.country, parameters));
        }
        if (filter.kind != null && !filter.kind.isEmpty()) {
            List<String> kinds = filter.kind.stream().map(ActorKind::name).toList();
            query.append(" and actorCount.kind ").append(ListParameter.in("keptKinds", kinds, parameters));
        }
        return Total.kept(query.toString(), parameters);
    }

    /** Each country and kind ({@code country kind}) whose kept count differs from a count of the actors: kept, counted. */
    public Map<String, long[]> differences() {
        return CountDifferences.of(
                CountDifferences.read(em, "select country, kind, sum(n) from actor_count group by country, kind"),
                CountDifferences.read(em, "select country, kind, count(*) from actor group by country, kind"));
    }

    /** Adds to shard 0 of each differing row what it lacks. */
    public void correct() {
        Map<String, Long> corrections = new TreeMap<>();
        differences().forEach((row, pair) -> corrections.put(row, pair[1] - pair[0]));
        if (!corrections.isEmpty()) {
            apply(null, corrections);
        }
    }

    private static String row(String country, ActorKind kind) {
        return country + " " + kind.name();
    }

    // in the rows' sorted order (ShardedCounts); an actor's shard, or shard 0 for a correction. The actor's own row is
    // written first, as every write of the service writes its record before its counts.
    private void apply(UUID actorId, Map<String, Long> changes) {
        short shard = actorId == null ? 0 : (short) Math.floorMod(actorId.hashCode(), SHARDS);
        Map<List<Object>, Long> amounts = new LinkedHashMap<>();
        new TreeMap<>(changes).forEach((row, n) -> {
            String[] key = row.split(" ");
            amounts.put(List.of(key[0], key[1], shard), n);
        });
        em.flush();
        sharded.add("actor_count", List.of("country", "kind", "shard"), amounts);
    }
}
