package cn.civicservices.servicepoint;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opening hours as people read them on the door, in one checked shape: groups separated by {@code ;}, each an
 * optional label of days without digits followed by time ranges {@code HH:MM-HH:MM} separated by commas, e.g.
 * {@code 周一至周五 08:30-12:00, 14:30-17:30; 周六 09:00-12:00}. Every time is a real time of day, every range
 * ends after it starts, and the ranges of a group follow one another without overlapping.
 */
public final class OpeningHours {

    /** Longest text accepted. */
    public static final int MAX_LENGTH = 200;

    private static final Pattern GROUP = Pattern.compile("\\s*([^0-9;；]{0,20}?)\\s*([0-9].*)");
    private static final Pattern RANGE = Pattern.compile("\\s*([0-9]{2}:[0-9]{2})\\s*[-–~～至]\\s*([0-9]{2}:[0-9]{2})\\s*");

    private OpeningHours() {
    }

    /** Whether the text is readable opening hours (see the class comment). */
    public static boolean readable(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            return false;
        }
        for (String group : text.split("[;；]", -1)) {
            Matcher g = GROUP.matcher(group);
            if (!g.matches()) {
                return false;
            }
            LocalTime previousEnd = null;
            for (String range : g.group(2).split("[,，、]", -1)) {
                Matcher r = RANGE.matcher(range);
                if (!r.matches()) {
                    return false;
                }
                LocalTime start;
                LocalTime end;
                try {
                    start = LocalTime.parse(r.group(1));
                    end = r.group(2).equals("24:00") ? LocalTime.MAX : LocalTime.parse(r.group(2));
                } catch (DateTimeParseException e) {
                    return false;
                }
                if (!end.isAfter(start) || previousEnd != null && start.isBefore(previousEnd)) {
                    return false;
                }
                previousEnd = end;
            }
        }
        return true;
    }
}
