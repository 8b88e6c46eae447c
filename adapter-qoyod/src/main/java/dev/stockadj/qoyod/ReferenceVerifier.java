package dev.stockadj.qoyod;

import dev.stockadj.plumbing.http.Exchange;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Problem;
import dev.stockadj.qoyod.dto.AccountDto;
import dev.stockadj.qoyod.dto.InventoryDto;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks that the inventory and the revenue/expense accounts exist ({@code GET /inventories}, {@code GET /accounts}). */
final class ReferenceVerifier {
    static final String INVENTORY_SETTING = "qoyod.inventory-id";
    static final String REVENUE_SETTING = "qoyod.revenue-account-id";
    static final String EXPENSE_SETTING = "qoyod.expense-account-id";

    private final QoyodApi api;
    private final Exchange exchange;
    private final AnswerReader reader;

    ReferenceVerifier(QoyodApi api, Exchange exchange, AnswerReader reader) {
        this.api = api;
        this.exchange = exchange;
        this.reader = reader;
    }

    List<Problem> verify(LocationId location, Optional<Accounts> accounts) {
        List<Problem> problems = new ArrayList<>();
        String what = "reading Qoyod inventories";
        List<InventoryDto> inventories = reader.list(exchange.read(api.inventories(), what), "inventories", InventoryDto.class, what);
        if (inventories.stream().noneMatch(i -> location.value().equals(i.id()))) {
            problems.add(Problem.ofInput(INVENTORY_SETTING, "Qoyod has no inventory " + location.value()
                    + " (it has " + (inventories.isEmpty() ? "none" : inventories.stream()
                    .map(i -> i.id() + " " + Optional.ofNullable(i.name()).orElse("")).map(String::strip)
                    .collect(Collectors.joining(", "))) + ")"));
        }
        if (accounts.isPresent()) {
            String accountsWhat = "reading Qoyod accounts";
            Set<String> known = reader.list(exchange.read(api.accounts(), accountsWhat), "accounts", AccountDto.class, accountsWhat)
                    .stream().map(AccountDto::id).collect(Collectors.toSet());
            missing(known, accounts.get().gain(), REVENUE_SETTING, "revenue (gain)").ifPresent(problems::add);
            missing(known, accounts.get().loss(), EXPENSE_SETTING, "expense (loss)").ifPresent(problems::add);
        }
        return problems;
    }

    private static Optional<Problem> missing(Set<String> known, AccountId account, String setting, String role) {
        return known.contains(account.value()) ? Optional.empty()
                : Optional.of(Problem.ofInput(setting, "Qoyod has no " + role + " account " + account.value()));
    }
}
