package dev.stockadj.app.input;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a decimal a user wrote, checking its bounds on the text before any arithmetic, so that no
 * cell can make a huge number ({@code 1e999999999} is 14 characters) or take minutes to expand.
 * A number is at most {@value #MAX_LENGTH} characters, has at most {@value #MAX_INTEGER_DIGITS}
 * digits before the decimal point and {@value #MAX_DECIMALS} after (trailing zeros aside), an
 * exponent is allowed ({@code 1e3}); no sign but {@code +}, no separators, no NaN or Infinity.
 * The vendor's own scale (CountValidator) is checked later and is stricter.
 */
final class NumberText {
    static final int MAX_LENGTH = 40;
    static final int MAX_INTEGER_DIGITS = 12;
    static final int MAX_DECIMALS = 10;
    private static final int MAX_EXPONENT = 9999;
    private static final Pattern SYNTAX =
            Pattern.compile("([+-]?)(\\p{Nd}*)(?:\\.(\\p{Nd}*))?(?:[eE]([+-]?)(\\p{Nd}+))?");

    private NumberText() {
    }

    /**
     * The value of {@code text} (stripped), or empty after telling {@code problem} what is wrong,
     * in a message starting with {@code column}. Negative numbers (also {@code -0}) are problems.
     */
    static Optional<BigDecimal> read(String column, String text, Consumer<String> problem) {
        if (text.length() > MAX_LENGTH) {
            problem.accept(column + " has too many characters for a number (at most " + MAX_LENGTH + "): "
                    + Quoted.of(text));
            return Optional.empty();
        }
        Matcher number = SYNTAX.matcher(text);
        if (!number.matches() || number.group(2).isEmpty() && (number.group(3) == null || number.group(3).isEmpty())) {
            problem.accept(column + " is not a number: " + Quoted.of(text) + hint(text));
            return Optional.empty();
        }
        if (number.group(1).equals("-")) {
            problem.accept(column + " must not be negative: " + text);
            return Optional.empty();
        }
        String exponent = number.group(5) == null ? "0" : number.group(5).replaceFirst("^0+(?=.)", "");
        if (exponent.length() > 4 || Integer.parseInt(exponent) > MAX_EXPONENT) {
            problem.accept(column + " is out of range: " + text + " (" + bounds() + ")");
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(text);
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            problem.accept(column + " is too large: " + text + " (" + bounds() + ")");
            return Optional.empty();
        }
        if (stripped.scale() > MAX_DECIMALS) {
            problem.accept(column + " has too many decimal places: " + text + " (" + bounds() + ")");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static String bounds() {
        return "at most " + MAX_INTEGER_DIGITS + " digits before the decimal point and " + MAX_DECIMALS + " after";
    }

    private static String hint(String text) {
        if (text.contains(",")) {
            return " (write a point for decimals and no thousands separators: 1234.5)";
        }
        if (text.chars().anyMatch(Character::isWhitespace)) {
            return " (no spaces inside a number)";
        }
        return "";
    }
}
