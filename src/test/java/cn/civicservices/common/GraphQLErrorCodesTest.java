package cn.civicservices.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import graphql.ExceptionWhileDataFetching;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import io.quarkus.security.UnauthorizedException;

/** Failures wrapped by a framework keep the code of the failure inside them. */
class GraphQLErrorCodesTest {

    private static Object codeOf(Throwable failure) {
        return GraphQLErrorCodes.withCode(new ExceptionWhileDataFetching(ResultPath.rootPath(), failure,
                new SourceLocation(1, 1))).getExtensions().get("code");
    }

    @Test
    void aWrappedSecurityFailureIsUnauthenticatedNotInternal() {
        Throwable wrapped = new IllegalStateException("interceptor", new UnauthorizedException("no identity",
                new IllegalArgumentException("token verification detail")));
        assertEquals("UNAUTHENTICATED", codeOf(wrapped));
    }

    @Test
    void aWrappedCodedFailureKeepsItsCodeAndAnythingElseIsInternalWithoutDetail() {
        assertEquals("NOT_FOUND", codeOf(new RuntimeException(ApiException.notFound("x", 1))));
        Throwable unexpected = new NullPointerException("secret detail");
        assertEquals("INTERNAL", codeOf(unexpected));
        assertFalse(GraphQLErrorCodes.withCode(new ExceptionWhileDataFetching(ResultPath.rootPath(), unexpected,
                new SourceLocation(1, 1))).getMessage().contains("secret detail"));
    }
}
