package id.kembar.history;

import id.kembar.common.problem.ProblemException;
import id.kembar.common.problem.ProblemType;
import id.kembar.common.web.Api;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/changes")
@Tag(
        name = "Changes",
        description = "The change feed: every change of a partnership, participant, milestone, sector program or "
                + "actor, in the order of the commits, for systems that keep a copy of Kembar current without reading "
                + "everything again (docs/change-feed.md).")
@Produces(MediaType.APPLICATION_JSON)
class ChangeFeedResource {

    private final ChangeFeed feed;
    private final ChangeSignal signal;

    ChangeFeedResource(ChangeFeed feed, ChangeSignal signal) {
        this.feed = feed;
        this.signal = signal;
    }

    @GET
    @Blocking
    @Operation(
            summary = "List changes",
            description = "The changes committed after the cursor `after`, oldest first: which record, how, its new "
                    + "version and where to read it. Store `next` once a page is processed and send it as `after`: a "
                    + "consumer that does so misses no change and sees none twice, also when writes commit out of the "
                    + "order they started in and on several instances of Kembar. Writes that changed nothing are not "
                    + "listed (they are in the history). With `wait`, a request that finds no change waits for one "
                    + "(long polling); a 503 says that too many already wait.")
    @APIResponse(responseCode = "200", description = "A page of changes and the cursor to continue from.")
    @APIResponse(
            responseCode = "410",
            description = "The changes after this cursor are no longer kept (`kembar.history.retention`): copy the "
                    + "records again and follow the feed from a cursor taken before copying.")
    @APIResponse(
            responseCode = "503",
            description = "Too many requests already wait for changes (`kembar.history.max-waiting`); ask again "
                    + "shortly, or without `wait`.")
    public Uni<RestResponse<ChangePage>> listChanges(@Valid @BeanParam ChangeQuery query, @Context UriInfo uri) {
        long after = Cursor.sequenceOf(query.after);
        URI base = PartnershipHistoryResource.apiBase(uri);
        ChangeFeed.Read read = feed.read(after, query);
        if (!read.records().isEmpty() || query.wait == 0) {
            return Uni.createFrom().item(respond(read, query, base, uri));
        }
        if (!signal.enter()) {
            throw ProblemException.of(
                    ProblemType.SERVICE_UNAVAILABLE,
                    "Too many requests wait for changes at the moment; ask again in a second, or without wait");
        }
        Instant deadline = Instant.now().plusSeconds(query.wait);
        return waitFor(read.seen(), query, deadline)
                .map(found -> respond(found, query, base, uri))
                .onTermination()
                .invoke(signal::leave);
    }

    /** Waits for a change after {@code seen} that the query matches, until {@code deadline}. */
    private Uni<ChangeFeed.Read> waitFor(long seen, ChangeQuery query, Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        // a timer needs a millisecond at least: what is left below one is no time to wait
        if (left.toMillis() < 1) {
            return Uni.createFrom()
                    .item(() -> feed.read(seen, query))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
        return signal.after(seen, left)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(ignored -> feed.read(seen, query))
                .flatMap(read -> read.records().isEmpty() && Instant.now().isBefore(deadline)
                        ? waitFor(read.seen(), query, deadline)
                        : Uni.createFrom().item(read));
    }

    private static RestResponse<ChangePage> respond(ChangeFeed.Read read, ChangeQuery query, URI base, UriInfo uri) {
        String next = Cursor.of(read.seen());
        ChangePage page = new ChangePage(
                read.records().stream().map(r -> ChangeFeed.toItem(r, base)).toList(), next, read.hasMore());
        Link link = Link.fromUri(uri.getRequestUriBuilder()
                        .replaceQueryParam("after", next)
                        .build())
                .rel("next")
                .build();
        return RestResponse.ResponseBuilder.ok(page)
                .header("Link", link.toString())
                .build();
    }
}
