package id.kembar.common.persistence;

import id.kembar.common.problem.ProblemException;
import id.kembar.common.text.WordList;
import id.kembar.common.text.Words;
import id.kembar.common.time.PartialDate;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The filters of one list request as HQL conditions with named parameters. A list and its count are built from the
 * same criteria, so they always agree. Absent filter values add no condition.
 */
public final class Criteria {

    // the patterns of the query text a list builds on every request, compiled once
    private static final Pattern ALIASED_PATH = Pattern.compile("[A-Za-z0-9_]\\.[A-Za-z]");
    private static final Pattern WORDS = Pattern.compile("\\s+");
    // the prefix of the outer query's aliases on a later page, whose subquery has the plain ones
    private static final String OUTER = "pageOf";
    // the alias of a merged page's branches together (mergedPage), and the prefix of its parameters
    private static final String MERGED = "merged";
    private static final Pattern JOIN_CLAUSES = Pattern.compile("(?<!left)\\s+(?=(left\\s+)?join\\s)");

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private String through;
    private String throughOrder;
    // the words of a search (the parameters they are bound to), whose conditions stand together from wordsAt, and
    // the list of items they are read from (wordCondition, wordCount)
    private final List<String> wordParameters = new ArrayList<>();
    private int wordsAt;
    private WordList wordList;
    private boolean inWordOrder;
    // the ids of a page of a search read through the word index in the list's order (readThroughWordOrder)
    private String wordPage;
    // the column whose values' index ranges a page is merged from (mergedOver), and the values
    private String mergeColumn;
    private List<?> mergeValues = List.of();

    public Criteria equal(String expression, Object value) {
        if (value != null) {
            conditions.add(expression + " = " + bind(value));
        }
        return this;
    }

    public Criteria in(String expression, Collection<?> values) {
        if (values != null && !values.isEmpty()) {
            conditions.add(expression + " " + ListParameter.in("p" + parameters.size(), values, parameters));
        }
        return this;
    }

    /** A date column (a partial date's first day) within [first day of {@code from}, last day of {@code to}]. */
    public Criteria within(String expression, PartialDate from, PartialDate to) {
        if (from != null) {
            conditions.add(expression + " >= " + bind(from.firstDay()));
        }
        if (to != null) {
            conditions.add(expression + " <= " + bind(to.lastDay()));
        }
        return this;
    }

    public Criteria since(String expression, OffsetDateTime from) {
        if (from != null) {
            conditions.add(expression + " >= " + bind(from));
        }
        return this;
    }

    /** A Kemendagri region code and everything below it: {@code 32} matches {@code 32} and {@code 32.71}. */
    public Criteria regionCode(String expression, String code) {
        if (code != null) {
            conditions.add("(" + expression + " = " + bind(code) + " or " + expression + " like "
                    + bind(escapeLike(code) + ".%") + " escape '\\')");
        }
        return this;
    }

    /** Case-insensitive substring search over several expressions ({@code q}); no index serves it. */
    public Criteria text(String q, String... expressions) {
        if (q != null && !q.isBlank()) {
            String parameter = bind("%" + escapeLike(q.trim().toLowerCase(Locale.ROOT)) + "%");
            List<String> alternatives = new ArrayList<>();
            for (String expression : expressions) {
                alternatives.add(
                        expression.contains("?")
                                ? expression.replace("?", parameter)
                                : "lower(" + expression + ") like " + parameter + " escape '\\'");
            }
            conditions.add("(" + String.join(" or ", alternatives) + ")");
        }
        return this;
    }

    /**
     * Whole-word search ({@code q}): every word of {@code q} ({@link Words}) is among the words kept of the item,
     * read through the list's word entity, whose index on (word, owner) finds the items of each word. A blank
     * {@code q} adds no condition; one without a letter or digit, or with too many words, is a 400.
     */
    public Criteria words(String q, WordList list, String alias) {
        if (q == null || q.isBlank()) {
            return this;
        }
        Set<String> words = Words.ofQuery(q);
        if (words.isEmpty()) {
            throw ProblemException.invalid("q", "must contain a letter or a digit: it searches whole words");
        }
        if (words.size() > Words.MAX_IN_QUERY) {
            throw ProblemException.invalid("q", "must name at most " + Words.MAX_IN_QUERY + " words");
        }
        this.wordList = list;
        this.wordsAt = conditions.size();
        for (String word : words) {
            String parameter = bind(word);
            wordParameters.add(parameter);
            conditions.add(wordCondition(parameter, alias + ".id", false));
        }
        return this;
    }

    /**
     * The condition of one word: the items the word index finds, or, {@code walking}, a test of one item at a time (a
     * count, not an exists, which PostgreSQL makes into a join that may start from the word index).
     */
    private String wordCondition(String parameter, String item, boolean walking) {
        return walking
                ? "(select count(*) from " + wordList.entity() + " w where w." + wordList.owner() + " = " + item
                        + " and w.word = " + parameter + ") > 0"
                : item + " in (select w." + wordList.owner() + " from " + wordList.entity() + " w where w.word = "
                        + parameter + ")";
    }

    // the first word (the rarest, once counted) read through its index in the list's order, each other word tested
    private void readThroughWordOrder() {
        String alias = "wordOrder";
        String item = alias + "." + wordList.owner();
        StringBuilder ids = new StringBuilder("select " + item + " from " + wordList.entity() + " " + alias + " where "
                + alias + ".word = " + wordParameters.get(0));
        for (int i = 1; i < wordParameters.size(); i++) {
            ids.append(" and ").append(wordCondition(wordParameters.get(i), item, true));
        }
        // the word is in the order too: H2 reads an index in order only for an order that starts at its first column
        wordPage = ids.append(" order by ")
                .append(alias)
                .append(".word asc, ")
                .append(alias)
                .append('.')
                .append(wordList.orderKey())
                .append(" asc, ")
                .append(item)
                .append(" asc")
                .toString();
    }

    /** Whether the words of a search are the only conditions. */
    public boolean searchesWordsOnly() {
        return !wordParameters.isEmpty() && wordParameters.size() == conditions.size() && through == null;
    }

    /**
     * The count of a search by words alone. Of one word, the count kept of it (V23, {@code WordCounts}): counting its
     * matches read 62,000 index entries for a common word of the milestones at 100,000 partnerships. Of several, from
     * the word table alone, starting from the rarest word ({@link #rarestWordFirst}): each of its rows names an item
     * that exists (its foreign key), and joins the row of each other word of the item, one at most (the primary key),
     * so the rows of the first word that join all others are the items. (Written as one {@code in} subquery per other
     * word, H2 2.4 failed with an internal error on three words whose first was rare, at 100,000 partnerships.)
     */
    private String wordCount() {
        if (wordParameters.size() == 1) {
            return keptWordCount(":wordList", wordParameters.get(0));
        }
        StringBuilder count = new StringBuilder("select count(*) from " + wordList.entity() + " w0");
        for (int i = 1; i < wordParameters.size(); i++) {
            String other = "w" + i;
            count.append(" join ")
                    .append(wordList.entity())
                    .append(" ")
                    .append(other)
                    .append(" on ")
                    .append(other)
                    .append(".")
                    .append(wordList.owner())
                    .append(" = w0.")
                    .append(wordList.owner())
                    .append(" and ")
                    .append(other)
                    .append(".word = ")
                    .append(wordParameters.get(i));
        }
        return count.append(" where w0.word = ").append(wordParameters.get(0)).toString();
    }

    /**
     * A search by words alone, in the list's default order, which each word row copies from its item ({@link
     * WordList#orderKey}, V24): the page is read from the index of (word, key, item) of one word, the rarest when there
     * are several, in that order and no further than the page's end, and each row it reads is tested for the other
     * words. Else a common word's page read every match from the word index and sorted them (62,000 milestones at
     * 100,000 partnerships), or walked the list's order testing every item (1,600 for page 5 of a word that 4% match).
     * The caller tells that the page is in that order; of a search by one word the kept count is selected with the
     * page, in its statement.
     */
    public Criteria inWordOrder() {
        inWordOrder = searchesWordsOnly();
        return this;
    }

    /**
     * Reads the page through {@code join}, an entity join that restricts the rows and whose index holds the page's
     * order, told in the joined entity's columns as {@code orderBy} (it must give the rows in the page's order): a
     * finding's code followed by the title, for the partnerships of one finding in title order. The page's rows are
     * chosen from that index in a subquery; the conditions may use the join's alias.
     */
    public Criteria through(String join, String orderBy) {
        this.through = join;
        this.throughOrder = orderBy;
        return this;
    }

    /**
     * Reads the page as a merge of one index range per value of {@code column}: of each value, its rows up to the
     * page's end in the page's order, which an index on the column followed by that order holds; of them all, the
     * page; a count has the column take any of the values. The caller tells that the index exists.
     * A page of a few years of validFrom at 100,000 partnerships read every match through the year's index and sorted
     * them, or walked the whole list's order testing each row's year; merged, it reads at most as many index entries
     * per year as the page's end.
     */
    public Criteria mergedOver(String column, List<?> values) {
        this.mergeColumn = column;
        this.mergeValues = List.copyOf(values);
        return this;
    }

    /** A condition of the caller's own; {@code ?} stands for the bound value. */
    public Criteria where(String condition, Object value) {
        if (value != null) {
            conditions.add(condition.replace("?", bind(value)));
        }
        return this;
    }

    public Criteria where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A condition with named parameters of its own (their names must not start with "p" and a digit). */
    public Criteria where(String condition, Map<String, Object> namedParameters) {
        conditions.add(condition);
        parameters.putAll(namedParameters);
        return this;
    }

    /**
     * Runs the page query and its count. {@code joins} fetch the references every item shows ({@code left join fetch
     * p.partner}), so that the number of statements does not grow with the page size; the count keeps only the joins
     * whose alias a condition uses (references the schema requires, so an inner join), so that counting does not visit
     * tables it need not.
     */
    public <E> Page<E> page(EntityManager em, Class<E> type, String alias, String joins, PageRequest page) {
        return page(em, type, alias, joins, page, Total.counted());
    }

    /** Runs the page query, and its count unless the total is known or kept. */
    public <E> Page<E> page(
            EntityManager em, Class<E> type, String alias, String joins, PageRequest page, Total total) {
        return page(em, type, alias, alias, type, joins, page, total);
    }

    /** The count kept of one word among the items of one kind, both named by parameters. */
    private static String keptWordCount(String kind, String word) {
        return "select coalesce(sum(c.n), 0L) from WordCount c where c.kind = " + kind + " and c.word = " + word;
    }

    /**
     * Runs the page query for the values {@code select} reads ({@code new Row(p.id, lg.name, ...)}, of {@code alias}
     * and the aliases of plain {@code joins} such as {@code left join p.partner pa}), and its count unless the total is
     * known or kept: a page that needs some columns of its rows and no entities to change, for which building and
     * tracking entities would be most of the work. A kept total is selected with the rows, in the same statement.
     */
    public <R> Page<R> page(
            EntityManager em,
            Class<?> entity,
            String alias,
            String select,
            Class<R> result,
            String joins,
            PageRequest page,
            Total total) {
        Total known;
        if (!total.isCounted()) {
            known = total;
        } else if (inWordOrder && wordParameters.size() == 1) {
            known = Total.kept(
                    keptWordCount(":wordTotalKind", ":wordTotalWord"),
                    Map.of(
                            "wordTotalKind",
                            wordList,
                            "wordTotalWord",
                            parameters.get(wordParameters.get(0).substring(1))));
        } else {
            known = Total.known(count(em, entity, alias, joins));
        }
        if (inWordOrder) {
            readThroughWordOrder();
        }
        return rows(em, entity, alias, select, result, joins, page, known);
    }

    private long count(EntityManager em, Class<?> entity, String alias, String joins) {
        if (searchesWordsOnly() && wordParameters.size() > 1 && !rarestWordFirst(em)) {
            return 0;
        }
        TypedQuery<Long> count = em.createQuery(
                searchesWordsOnly()
                        ? wordCount()
                        : QueryTexts.of(
                                () -> "select count(" + alias + ") from " + entity.getSimpleName() + " " + alias + " "
                                        + countJoins(joins) + where(),
                                "count",
                                entity.getName(),
                                alias,
                                joins,
                                Objects.toString(through),
                                where()),
                Long.class);
        parameters.forEach(count::setParameter);
        boundMerged(count);
        if (searchesWordsOnly() && wordParameters.size() == 1) {
            count.setParameter("wordList", wordList);
        }
        return count.getSingleResult();
    }

    /**
     * Puts the search's rarest word first, by the counts kept of them, so that the count of several words reads the
     * fewest rows; false when a word has no item, and so the search none.
     */
    private boolean rarestWordFirst(EntityManager em) {
        Map<Object, Long> kept = new HashMap<>();
        // one branch per word: of "word in (...)" H2 read every row of the kind (its index's first column only)
        String sums = wordParameters.stream()
                .map(p -> "select c.word, sum(c.n) from WordCount c where c.kind = :wordList and c.word = " + p
                        + " group by c.word")
                .collect(Collectors.joining(" union all "));
        TypedQuery<Object[]> query = em.createQuery(sums, Object[].class).setParameter("wordList", wordList);
        wordParameters.forEach(p -> query.setParameter(p.substring(1), parameters.get(p.substring(1))));
        for (Object[] row : query.getResultList()) {
            kept.put(row[0], ((Number) row[1]).longValue());
        }
        wordParameters.sort(Comparator.comparingLong(p -> kept.getOrDefault(parameters.get(p.substring(1)), 0L)));
        return kept.getOrDefault(parameters.get(wordParameters.get(0).substring(1)), 0L) > 0;
    }

    /** The page's rows, and with them its total when that is kept and not read yet. */
    private <R> Page<R> rows(
            EntityManager em,
            Class<?> type,
            String alias,
            String select,
            Class<R> result,
            String joins,
            PageRequest page,
            Total total) {
        Optional<String> kept = total.selection();
        String text = QueryTexts.of(
                () -> pageText(type.getSimpleName(), alias, select, joins, page, kept),
                "page",
                type.getName(),
                alias,
                select,
                joins,
                page.orderBy(),
                page.offset() > 0 ? "later" : "first",
                Integer.toString(page.pageSize()),
                Objects.toString(through),
                Objects.toString(throughOrder),
                Objects.toString(wordPage),
                Objects.toString(mergeColumn),
                Integer.toString(mergeValues.size()),
                kept.orElse(""),
                where());
        if (kept.isEmpty()) {
            return Page.of(
                    bound(em.createQuery(text, result), page).getResultList(),
                    page,
                    total.value(em).getAsLong());
        }
        TypedQuery<Object[]> list = bound(em.createQuery(text, Object[].class), page);
        total.parameters().forEach(list::setParameter);
        List<Object[]> rows = list.getResultList();
        if (rows.isEmpty()) {
            // no row to carry it (a page past the last, or no match)
            return Page.of(List.of(), page, total.value(em).getAsLong());
        }
        return Page.of(rows.stream().map(row -> result.cast(row[0])).toList(), page, Total.number(rows.get(0)[1]));
    }

    /** The page's query: its rows (or their values), and the kept total beside them when there is one. */
    private String pageText(
            String entity, String alias, String select, String joins, PageRequest page, Optional<String> kept) {
        String outer = OUTER + alias;
        // the plain joins that nothing reads are left out
        String used = usedJoins(joins, String.join(" ", conditions) + " " + select + " " + page.orderBy());
        String selection;
        String rest;
        if (through == null
                && wordPage == null
                && mergeColumn == null
                && (page.offset() == 0 || joins.isBlank() || orderedByOthers(alias, page.orderBy()))) {
            selection = select;
            rest = " from " + entity + " " + alias + " " + used + where() + " order by " + page.orderBy() + limit(page);
        } else {
            // A later page: the rows before it are skipped by their ids alone, in a subquery that joins only what
            // its conditions need; the references each item shows are fetched for the page's rows only. (Where the
            // page is read through another entity's index, the subquery is also what lets H2 start from that entity:
            // it does not reorder the tables of a query with outer joins. A search read in the word index's order
            // reads the ids from that index alone.)
            String ids = wordPage != null
                    ? wordPage
                    : mergeColumn != null
                            ? mergedPage(entity, alias, used, page)
                            : "select " + alias + ".id from " + entity + " " + alias + " " + countJoins(used) + where()
                                    + " order by " + (through == null ? page.orderBy() : throughOrder);
            selection = outerSelection(select, used, alias);
            rest = " from " + entity + " " + outer + " "
                    + outerJoins(usedJoins(used, select), alias, outer)
                    + " where " + outer + ".id in (" + ids + limit(page) + ") order by "
                    + renamed(page.orderBy(), alias, outer);
        }
        return "select " + selection + kept.map(total -> ", " + total).orElse("") + rest;
    }

    /**
     * The ids of the page merged from one branch per value ({@link #mergedOver}): each branch the first rows of its
     * value up to the page's end, ordered as its index is (the value first: H2 reads an index in order only for an
     * order that starts at its first column), with the columns of the page's order, by which the merge sorts them.
     */
    private String mergedPage(String entity, String alias, String joins, PageRequest page) {
        List<String> terms = page.orderTerms();
        StringBuilder columns = new StringBuilder("select " + alias + ".id as id");
        List<String> order = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            String[] term = WORDS.split(terms.get(i), 2);
            columns.append(", ").append(term[0]).append(" as k").append(i);
            order.add(MERGED + ".k" + i + (term.length > 1 ? " " + term[1] : ""));
        }
        String branchOrder = page.pinnedFirst(mergeColumn).orderBy();
        List<String> branch = new ArrayList<>(conditions);
        branch.add(mergeColumn + " = :");
        String where = " where " + String.join(" and ", branch);
        List<String> branches = new ArrayList<>();
        for (int i = 0; i < mergeValues.size(); i++) {
            branches.add("(" + columns + " from " + entity + " " + alias + " " + countJoins(joins) + where + MERGED + i
                    + " order by " + branchOrder + " fetch first :" + MERGED + "Rows rows only)");
        }
        return "select " + MERGED + ".id from (" + String.join(" union all ", branches) + ") " + MERGED + " order by "
                + String.join(", ", order);
    }

    private <T> TypedQuery<T> bound(TypedQuery<T> query, PageRequest page) {
        if (page.offset() > 0) {
            query.setParameter("pageOffset", page.offset());
        }
        if (mergeColumn != null) {
            query.setParameter(MERGED + "Rows", page.offset() + page.pageSize());
        }
        parameters.forEach(query::setParameter);
        return boundMerged(query);
    }

    // the values of a merge, which its branches each test one of, and a count all
    private <T> TypedQuery<T> boundMerged(TypedQuery<T> query) {
        for (int i = 0; i < mergeValues.size(); i++) {
            query.setParameter(MERGED + i, mergeValues.get(i));
        }
        return query;
    }

    /**
     * The page's rows, its size written out: PostgreSQL plans a statement once for any value ({@code plan-reuse} in
     * application.properties), and of a bound size it guesses a tenth of the table, for which it chose to hash whole
     * tables. The page sizes are a hundred at most, so their statements are few; the offset stays a parameter.
     */
    private static String limit(PageRequest page) {
        return (page.offset() > 0 ? " offset :pageOffset rows" : "") + " fetch first " + page.pageSize() + " rows only";
    }

    /** Whether an order uses another alias than the root's, which the subquery of a later page does not join. */
    private static boolean orderedByOthers(String alias, String orderBy) {
        String others = CompiledPatterns.of("\\b" + Pattern.quote(alias) + "\\.[A-Za-z0-9_.]*")
                .matcher(orderBy)
                .replaceAll("");
        return ALIASED_PATH.matcher(others).find();
    }

    private static String renamed(String hql, String alias, String to) {
        return CompiledPatterns.of("\\b" + Pattern.quote(alias) + "\\.")
                .matcher(hql)
                .replaceAll(Matcher.quoteReplacement(to + "."));
    }

    /**
     * Of {@code left join fetch m.partnership pn} for root {@code o}: {@code left join fetch o.partnership}; of a join
     * a selection reads, {@code left join m.partnership pn}: {@code left join o.partnership pageOfpn}, since the
     * subquery has its own {@code pn}.
     */
    private static String outerJoins(String joins, String alias, String outer) {
        List<String> renamed = new ArrayList<>();
        for (String join : clauses(joins)) {
            List<String> words = new ArrayList<>(List.of(WORDS.split(join.trim())));
            String last = words.remove(words.size() - 1);
            if (last.contains(".")) {
                words.add(last);
            } else if (!words.contains("fetch")) {
                words.add(OUTER + last);
            }
            renamed.add(renamed(String.join(" ", words), alias, outer));
        }
        return String.join(" ", renamed);
    }

    /** The joins that fetch, and the plain joins whose alias {@code hql} uses. */
    private static String usedJoins(String joins, String hql) {
        List<String> used = new ArrayList<>();
        for (String join : clauses(joins)) {
            String alias = plainAlias(join);
            if (alias == null || uses(hql, alias)) {
                used.add(join.trim());
            }
        }
        return String.join(" ", used);
    }

    private static boolean uses(String hql, String alias) {
        String path = alias + ".";
        for (int at = hql.indexOf(path); at >= 0; at = hql.indexOf(path, at + 1)) {
            if (at == 0 || !Character.isJavaIdentifierPart(hql.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    /** {@code select} for the outer query of a later page: its root and the aliases of plain joins renamed. */
    private static String outerSelection(String select, String joins, String alias) {
        if (select.equals(alias)) {
            return OUTER + alias;
        }
        String renamed = renamed(select, alias, OUTER + alias);
        for (String join : clauses(joins)) {
            String plain = plainAlias(join);
            if (plain != null) {
                renamed = renamed(renamed, plain, OUTER + plain);
            }
        }
        return renamed;
    }

    /** The alias of a plain join ({@code left join p.partner pa}: {@code pa}); none of a fetch or of no alias. */
    private static String plainAlias(String join) {
        String[] words = WORDS.split(join.trim());
        String last = words[words.length - 1];
        return last.contains(".") || join.contains(" fetch ") ? null : last;
    }

    /**
     * Of {@code left join fetch m.partnership pn left join fetch m.sectorProgram}: {@code join m.partnership pn}; after
     * the join of {@link #through}, if any.
     */
    private String countJoins(String joins) {
        List<String> needed = new ArrayList<>();
        if (through != null) {
            needed.add(through);
        }
        for (String join : clauses(joins)) {
            String[] words = WORDS.split(
                    join.replace("left ", "").replace(" fetch ", " ").trim());
            if (words.length == 3 && conditions.stream().anyMatch(c -> c.contains(words[2] + "."))) {
                needed.add(String.join(" ", words));
            }
        }
        return String.join(" ", needed);
    }

    /** Each join of {@code joins}, such as {@code left join fetch m.partnership pn}. */
    private static String[] clauses(String joins) {
        return joins.isBlank() ? new String[0] : JOIN_CLAUSES.split(joins.trim());
    }

    /** Whether no filter added a condition (yet). */
    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    public String where() {
        List<String> all = conditions;
        if (mergeColumn != null) {
            all = new ArrayList<>(conditions);
            all.add(mergeColumn + " in ("
                    + IntStream.range(0, mergeValues.size())
                            .mapToObj(i -> ":" + MERGED + i)
                            .collect(Collectors.joining(", "))
                    + ")");
        }
        return all.isEmpty() ? "" : " where " + String.join(" and ", all);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    private String bind(Object value) {
        String name = "p" + parameters.size();
        parameters.put(name, value);
        return ":" + name;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
