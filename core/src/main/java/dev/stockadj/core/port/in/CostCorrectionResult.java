package dev.stockadj.core.port.in;

/** The outcome of a cost correction. */
public sealed interface CostCorrectionResult permits CostCorrectionReport, Invalid, Refused {
}
