package dev.stockadj.core.port.in;

/** The outcome of applying: a report of what happened to each document, or why nothing was sent. */
public sealed interface ApplyResult permits ApplyReport, Invalid, Conflicted, Refused, ReferenceReused {
}
