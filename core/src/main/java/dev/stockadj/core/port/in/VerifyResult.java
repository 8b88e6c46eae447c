package dev.stockadj.core.port.in;

/** What a verify found: a report per position (counts) or per item (cost corrections), or why there is none. */
public sealed interface VerifyResult permits VerifyReport, CostsVerifyReport, UnknownCount, Refused {
}
