package cn.civicservices.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits that keep one request from costing the server more than a phone could ever need. */
@ConfigMapping(prefix = "civic.graphql")
public interface GraphQLLimits {

    /** Deepest nesting of fields a document may have. */
    @WithDefault("12")
    int maxDepth();

    /** Most fields a document may select in all. */
    @WithDefault("400")
    int maxComplexity();

    /** Largest page a connection serves. */
    @WithDefault("100")
    int maxPageSize();

    /** Page size when neither first nor last is given. */
    @WithDefault("20")
    int defaultPageSize();
}
