package it.cassetto.shared.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test-data builder: {@code aPosition().withLegalRepresentative(cf).delegatedTo(grant).build()}. */
final class PositionRelationsBuilder {

    private long positionId = 42;
    private boolean exists = true;
    private String legalRepresentative = "RSSMRA75C12H501H";
    private boolean inCallersOffice;
    private final List<DelegationGrant> employees = new ArrayList<>();
    private final List<DelegationGrant> intermediaries = new ArrayList<>();
    private final List<SubDelegationGrant> subs = new ArrayList<>();

    static PositionRelationsBuilder aPosition() {
        return new PositionRelationsBuilder();
    }

    static PositionRelationsBuilder anUnknownPosition() {
        PositionRelationsBuilder builder = new PositionRelationsBuilder();
        builder.exists = false;
        return builder;
    }

    PositionRelationsBuilder withLegalRepresentative(String fiscalCode) {
        legalRepresentative = fiscalCode;
        return this;
    }

    PositionRelationsBuilder inTheCallersOffice() {
        inCallersOffice = true;
        return this;
    }

    PositionRelationsBuilder withEmployeeDelegation(DelegationGrant grant) {
        employees.add(grant);
        return this;
    }

    PositionRelationsBuilder delegatedTo(DelegationGrant grant) {
        intermediaries.add(grant);
        return this;
    }

    PositionRelationsBuilder subDelegated(DelegationGrant parent, DelegationGrant own) {
        subs.add(new SubDelegationGrant(parent, own));
        return this;
    }

    PositionRelations build() {
        return new PositionRelations(positionId, exists, legalRepresentative, inCallersOffice, employees,
                intermediaries, subs);
    }

    /** Builder of one delegation: {@code aDelegation().to(caller).readOnly().expiredOn(day).build()}. */
    static final class GrantBuilder {
        private String username = "someone";
        private String fiscalCode = "BNCGLI79S43L219T";
        private DelegationScope scope = DelegationScope.READ_AND_SEND;
        private LocalDate from = LocalDate.of(2020, 1, 1);
        private LocalDate to;
        private DelegationStatus status = DelegationStatus.ACTIVE;

        static GrantBuilder aDelegation() {
            return new GrantBuilder();
        }

        GrantBuilder to(CallerIdentity caller) {
            username = caller.username();
            fiscalCode = caller.fiscalCode();
            return this;
        }

        GrantBuilder to(String username, String fiscalCode) {
            this.username = username;
            this.fiscalCode = fiscalCode;
            return this;
        }

        GrantBuilder scope(DelegationScope scope) {
            this.scope = scope;
            return this;
        }

        GrantBuilder validFrom(LocalDate from) {
            this.from = from;
            return this;
        }

        GrantBuilder validTo(LocalDate to) {
            this.to = to;
            return this;
        }

        GrantBuilder status(DelegationStatus status) {
            this.status = status;
            return this;
        }

        DelegationGrant build() {
            return new DelegationGrant(username, fiscalCode, scope, from, to, status);
        }
    }
}
