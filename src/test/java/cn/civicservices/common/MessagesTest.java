package cn.civicservices.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.civicservices.support.Gql;
import cn.civicservices.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Every message of the bundle, in both languages, as the application renders it. */
@QuarkusTest
class MessagesTest {

    /** Messages that are only punctuation around their arguments, in Chinese as in English. */
    static final Set<String> NO_CHINESE_WORDS = Set.of("errorInput", "errorInputSeparator");

    /** Sample arguments by position: each distinct, numbers of four digits or more, so grouping would show. */
    private static final String[] STRINGS = { "X1", "X2", "X3" };
    private static final int[] INTS = { 2026, 12345, 30001 };
    private static final long[] LONGS = { 1234567L, 7654321L };
    private static final LocalDate[] DATES = { LocalDate.of(2031, 7, 9), LocalDate.of(2032, 8, 10) };

    @Inject
    TestClock clock;

    @Test
    void everyMessageRendersEveryArgumentInChineseAndEnglish() {
        assertEquals(List.of(), problems(Messages.msg(Messages.CHINESE), Messages.msg(Locale.ENGLISH)));
    }

    @Test
    void theRequestLanguagePicksTheBundle() {
        assertTrue(Messages.msg(Locale.forLanguageTag("en-GB")).errorCursor().startsWith("The page cursor"));
        assertTrue(Messages.msg(Locale.forLanguageTag("zh-TW")).errorCursor().startsWith("分页游标"));
        assertTrue(Messages.msg().errorCursor().startsWith("分页游标"), "outside a request: Chinese");
    }

    @Test
    void apostrophesAndArgumentsAreKeptAsWritten() {
        Msg en = Messages.msg(Locale.ENGLISH);
        assertEquals("Qualifies for the residents' basic pension, from 2027-01-01 at the earliest.",
                en.eligibilityQualified(LocalDate.of(2027, 1, 1)));
        assertEquals("Already draws the employees' basic pension, which excludes the residents' basic pension.",
                en.eligibilityOtherFail());
        assertEquals("Already draws the residents' basic pension.", en.eligibilityAlreadyDrawing());
        assertEquals(" For questions call your village worker O'Neil & <Co> at {0}.",
                en.stepWorker("O'Neil & <Co>", "{0}"), "arguments are neither escaped nor formatted again");
        assertEquals("也可以到和顺县'社保'服务站请工作人员协助办理（电话 0354-1234567）。",
                Messages.msg(Messages.CHINESE).stepOrServicePoint("和顺县'社保'服务站", "0354-1234567"));
    }

    @Test
    void everyConstraintMessageNamesAMessage() throws IllegalAccessException {
        Msg zh = Messages.msg(Messages.CHINESE);
        for (var field : ConstraintMessages.class.getFields()) {
            if (field.getType() == String.class && !"FROM_VALIDATOR".equals(field.getName())) {
                assertNotEquals(zh.validationInvalid(), ConstraintMessages.text((String) field.get(null), zh),
                        field.getName());
            }
        }
    }

    @Test
    void theCalculatorsEnglishSummaryNamesTheStartDate() {
        JsonPath r = Gql.doc("eligibilityEstimate").var("input", Map.of("birthDate",
                clock.today().minusYears(61).toString(), "contributionYears", 15)).inEnglish().post();
        String p = "data.pensionEligibilityEstimate.";
        String summary = r.getString(p + "summary");
        assertThat(summary, matchesPattern("Qualifies for the residents' basic pension, from "
                + "\\d{4}-\\d{2}-\\d{2} at the earliest\\."));
        assertEquals("Qualifies for the residents' basic pension, from " + r.getString(p + "earliestStartDate")
                + " at the earliest.", summary);
    }

    @Test
    void numbersInMessagesOverHttpHaveNoGrouping() {
        assertEquals("No area found: 140723123456", Gql.doc("area").var("code", "140723123456").inEnglish().post()
                .getString("errors[0].message"));
        assertEquals("未找到区划：140723123456", Gql.doc("area").var("code", "140723123456").post()
                .getString("errors[0].message"));

        JsonPath en = Gql.doc("benefitPayments").as("resident1").var("first", 12345).inEnglish().post();
        assertEquals("A page holds 0 to 100 items.", en.getString("errors[0].message"));
        JsonPath zh = Gql.doc("benefitPayments").as("resident1").var("first", 12345).post();
        assertEquals("每页条数应在 0 到 100 之间。", zh.getString("errors[0].message"));
    }

    /**
     * What is wrong with the messages of two bundles (Chinese, English): for every method, called with sample
     * arguments, a blank text, a placeholder left over, an argument missing or reformatted, or the wrong script.
     */
    static List<String> problems(Msg chinese, Msg english) {
        List<Method> methods = Arrays.stream(Msg.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .sorted(Comparator.comparing(Method::getName)).toList();
        assertTrue(methods.size() > 90, "all messages are methods of the bundle: " + methods.size());
        List<String> problems = new ArrayList<>();
        for (Method method : methods) {
            Object[] args = sampleArguments(method);
            String zh = render(chinese, method, args);
            String en = render(english, method, args);
            check(problems, method.getName() + " (zh)", zh, args);
            check(problems, method.getName() + " (en)", en, args);
            if (!NO_CHINESE_WORDS.contains(method.getName()) && zh.codePoints().noneMatch(MessagesTest::isHan)) {
                problems.add(method.getName() + " (zh) has no Chinese: " + zh);
            }
            if (en.codePoints().anyMatch(MessagesTest::isCjk)) {
                problems.add(method.getName() + " (en) is not English: " + en);
            }
        }
        return problems;
    }

    private static void check(List<String> problems, String name, String text, Object[] args) {
        if (text == null || text.isBlank()) {
            problems.add(name + " is blank");
            return;
        }
        if (text.contains("{") || text.contains("}")) {
            problems.add(name + " has a placeholder left: " + text);
        }
        for (Object arg : args) {
            if (!text.contains(String.valueOf(arg))) {
                problems.add(name + " does not show " + arg + " as is: " + text);
            }
        }
    }

    private static Object[] sampleArguments(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> type = types[i];
            if (type == String.class) {
                args[i] = STRINGS[i];
            } else if (type == int.class || type == Integer.class) {
                args[i] = INTS[i];
            } else if (type == long.class || type == Long.class) {
                args[i] = LONGS[i];
            } else if (type == LocalDate.class) {
                args[i] = DATES[i];
            } else {
                throw new AssertionError(method.getName() + ": no sample argument of type " + type.getName()
                        + "; add one to this test");
            }
        }
        return args;
    }

    private static String render(Msg bundle, Method method, Object[] args) {
        try {
            return (String) method.invoke(bundle, args);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        } catch (InvocationTargetException e) {
            throw new AssertionError(method.getName() + " failed", e.getCause());
        }
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Chinese characters, CJK punctuation (、。「」) and full-width forms (：；（）). */
    private static boolean isCjk(int codePoint) {
        return isHan(codePoint) || codePoint >= 0x3000 && codePoint <= 0x303F
                || codePoint >= 0xFF00 && codePoint <= 0xFFEF;
    }
}
