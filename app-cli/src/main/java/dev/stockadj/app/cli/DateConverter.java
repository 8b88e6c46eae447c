package dev.stockadj.app.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Every date option ({@code --date}, {@code --from}, {@code --to}): {@code YYYY-MM-DD}, said so when it is not. */
final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date; expected YYYY-MM-DD, e.g. 2026-11-22");
        }
    }
}
