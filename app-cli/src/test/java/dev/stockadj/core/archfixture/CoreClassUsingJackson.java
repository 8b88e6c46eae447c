package dev.stockadj.core.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A deliberate violation, kept in test sources only: a class in a core package that uses Jackson.
 * {@code ArchitectureTest} shows that the core rule reports it.
 */
public final class CoreClassUsingJackson {
    private final ObjectMapper mapper = new ObjectMapper();

    public String write(Object value) throws com.fasterxml.jackson.core.JsonProcessingException {
        return mapper.writeValueAsString(value);
    }
}
