package se.samverkan.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A number with, where the indicator splits by gender and it is known, its women and men parts. */
public record FigureValue(BigDecimal total, BigDecimal women, BigDecimal men) {

    public FigureValue {
        Objects.requireNonNull(total, "total");
    }

    public static FigureValue of(long total) {
        return new FigureValue(BigDecimal.valueOf(total), null, null);
    }

    public static FigureValue split(long women, long men, long other) {
        return new FigureValue(BigDecimal.valueOf(women + men + other), BigDecimal.valueOf(women),
                BigDecimal.valueOf(men));
    }

    public static final FigureValue ZERO = of(0);
}
