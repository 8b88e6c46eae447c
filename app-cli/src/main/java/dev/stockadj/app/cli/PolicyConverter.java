package dev.stockadj.app.cli;

import dev.stockadj.core.model.plan.ConflictPolicy;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --on-conflict fail|keep-counted|keep-difference}. */
final class PolicyConverter implements ITypeConverter<ConflictPolicy> {
    @Override
    public ConflictPolicy convert(String value) {
        try {
            return ConflictPolicy.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
