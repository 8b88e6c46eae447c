package dev.stockadj.core.port.in;

/** What a revert did, or why it sent nothing. */
public sealed interface RevertResult permits RevertReport, RevertConflicted, UnknownCount, Refused, Invalid {
}
