package cn.civicservices.servicepoint;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import cn.civicservices.common.Cursor;
import cn.civicservices.common.GraphQLLimits;
import cn.civicservices.common.PageRequest;
import cn.civicservices.support.BulkServicePoints;
import io.quarkus.test.junit.QuarkusTest;

/** With tens of thousands of points, the nearest-point search is answered from the location index. */
@QuarkusTest
class NearbyIndexTest {

    @Inject
    BulkServicePoints bulk;

    @Inject
    ServicePointService service;

    @Inject
    GraphQLLimits limits;

    @Inject
    EntityManager em;

    @Test
    void withThirtyThousandPointsTheSearchUsesTheGistIndexAndFindsTheNearestFirst() {
        bulk.create(30_000);
        try {
            nearestPageAndNextPageUseTheIndex();
            theServiceFindsThePointsNearestFirst();
        } finally {
            bulk.remove();
        }
    }

    private void nearestPageAndNextPageUseTheIndex() {
        GeoPointInput here = new GeoPointInput(46.0, 121.0);
        String first = plan(service.nearQuery(here, 30, null, null, 21));
        assertThat(first, containsString("service_point_location_idx"));
        assertThat(first, not(containsString("Seq Scan")));

        String next = plan(service.nearQuery(here, 30, null, Cursor.of("1234.5", 42), 21));
        assertThat(next, containsString("service_point_location_idx"));
        assertThat(next, not(containsString("Seq Scan")));
    }

    private void theServiceFindsThePointsNearestFirst() {
        var page = service.near(new GeoPointInput(45.0, 120.0), 5, null,
                PageRequest.of(3, null, null, null, limits), ServicePointService.WithArea.NONE);
        List<Integer> distances = page.edges().stream().map(e -> e.distanceMeters()).toList();
        assertEquals(3, distances.size());
        assertEquals(distances.stream().sorted().toList(), distances);
        assertEquals(1112.0, distances.get(0), 5.0, "the nearest bulk point stands 0.01 degree north of 45N 120E");
    }

    @Transactional
    String plan(ServicePointService.NearQuery near) {
        Query explain = em.createNativeQuery("explain " + near.sql());
        near.params().forEach(explain::setParameter);
        StringBuilder plan = new StringBuilder();
        for (Object line : explain.getResultList()) {
            plan.append(line).append('\n');
        }
        return plan.toString();
    }
}
