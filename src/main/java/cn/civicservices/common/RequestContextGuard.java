package cn.civicservices.common;

import graphql.ExecutionInput;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps a GraphQL request's CDI request context (its database session, caller and language) until its operation
 * has finished, also when the caller goes away first.
 * <p>
 * SmallRye's HTTP handler ends the request context when the response ends, fails, or its connection closes. A
 * connection closed in the middle of a request (a phone that loses its network, an app closed while it waits)
 * ended the context on the event loop while a worker thread was still running the operation: its next statement
 * failed on a closed session and was logged as an unexpected error, and a write then in progress was rolled back.
 * From the start of execution the guard takes over those three handlers of the response, and the context ends
 * once both have happened, in either order: the response is done (sent, failed or its connection closed) and the
 * operation has finished. An operation whose caller has gone therefore runs to its end, and what it writes and
 * audits is written; only its answer has nowhere to go.
 * <p>
 * A connection closed before the guard took over is a caller that left before the operation began, and the
 * operation does not begin ({@link #callerLeft}, {@link #closedBeforeTakeover}): closed before SmallRye's handler
 * took the response, no handler is called for it; closed after, SmallRye's handler has ended the context, or is
 * about to on the event loop, which took SmallRye's close handler at the moment the connection closed, before the
 * guard put its own in its place. The guard then ends the context when the execution has finished (once: a context
 * already ended is not ended again).
 */
final class RequestContextGuard implements Handler<Void> {

    /** Where SmallRye's HTTP handler passes the request context's state to the execution (its "metadata"). */
    static final String SMALLRYE_CONTEXT_STATE = "state";

    private final ManagedContext context;
    private final ContextState state;
    private boolean responseDone;
    private boolean operationDone;
    private boolean destroyed;
    private boolean closedBeforeTakeover;

    private RequestContextGuard(ManagedContext context, ContextState state) {
        this.context = context;
        this.state = state;
    }

    /**
     * Takes over the request context of the HTTP request being executed on this thread; null when there is none
     * (no active request context, or not an HTTP request).
     */
    static RequestContextGuard install(CurrentVertxRequest current) {
        ManagedContext context = Arc.container().requestContext();
        ContextState state = context.getStateIfActive();
        if (state == null) {
            return null;
        }
        RoutingContext routing = current.getCurrent();
        if (routing == null) {
            return null;
        }
        RequestContextGuard guard = new RequestContextGuard(context, state);
        HttpServerResponse response = routing.response();
        response.endHandler(guard).closeHandler(guard).exceptionHandler(failure -> guard.handle(null));
        if (response.closed()) {
            // No handler of a closed response is ever called again: the response is done.
            guard.closedBeforeTakeover = true;
            guard.handle(null);
        }
        return guard;
    }

    /**
     * Whether the connection had closed when the guard took the response over (Vert.x marks a response closed in
     * the same lock in which it takes its close handler, which the guard replaces in that lock too): the caller
     * left before the operation began, and a close handler of SmallRye's may be ending the context.
     */
    boolean closedBeforeTakeover() {
        return closedBeforeTakeover;
    }

    /**
     * Whether the caller left before this execution began: SmallRye's handler, which ends the request context when
     * the connection closes until the guard takes over, has ended the one it passed to the execution. Nothing of the
     * operation may run then: its database session, caller and language are gone with that context. Asked after
     * {@link #install}, so that no close falls between the two.
     */
    static boolean callerLeft(ExecutionInput input) {
        Object passed = input.getGraphQLContext().get(SMALLRYE_CONTEXT_STATE);
        return passed instanceof ContextState state && !state.isValid();
    }

    /** The response is done: sent, failed, or its connection closed; called once or more. */
    @Override
    public void handle(Void ignored) {
        done(true);
    }

    /** The operation has finished, with its answer or a failure; called once or more. */
    void operationDone() {
        done(false);
    }

    /** One of the two has happened; the context ends once both have, and only once. */
    private void done(boolean response) {
        synchronized (this) {
            if (response) {
                responseDone = true;
            } else {
                operationDone = true;
            }
            if (!responseDone || !operationDone || destroyed) {
                return;
            }
            destroyed = true;
        }
        context.destroy(state);
    }
}
