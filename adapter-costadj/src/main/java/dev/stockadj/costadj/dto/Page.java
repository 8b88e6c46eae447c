package dev.stockadj.costadj.dto;

import java.util.List;

/** One page of a Foodics list. */
public record Page<T>(List<T> data, Links links, Meta meta) {
}
