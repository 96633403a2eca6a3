package cn.civicservices.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Code that builds messages also runs in plain unit tests, without the application: the same texts render. */
class MessagesWithoutTheApplicationTest {

    @Test
    void everyMessageRendersWithoutTheApplication() {
        assertEquals(List.of(), MessagesTest.problems(Messages.msg(Messages.CHINESE), Messages.msg(Locale.ENGLISH)));
        assertEquals("No area found: 140723123456", Messages.msg(Locale.ENGLISH).errorNotFound("area", "140723123456"));
        assertEquals("每页条数应在 0 到 2026 之间。", Messages.msg(Messages.CHINESE).errorPageSize(2026));
    }
}
