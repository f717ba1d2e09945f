package it.cassetto.position.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import it.cassetto.position.SectionFilter;
import it.cassetto.shared.value.AmountRange;
import it.cassetto.shared.value.PeriodRange;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;

/**
 * The filters of a section: period range (MM/AAAA), statuses and amount range. Fires a
 * {@link FilterChanged} event with a valid {@link SectionFilter}; invalid input is marked on the
 * field, with its reason, and fires nothing.
 */
class SectionFilterBar extends HorizontalLayout {

    private final TextField periodFrom = new TextField();
    private final TextField periodTo = new TextField();
    private final MultiSelectComboBox<String> statuses = new MultiSelectComboBox<>();
    private final BigDecimalField amountMin = new BigDecimalField();
    private final BigDecimalField amountMax = new BigDecimalField();
    private boolean amountOrderMarked;

    SectionFilterBar(Set<String> statusValues) {
        setId("section-filters");
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        period(periodFrom, "filter-period-from", "filter.periodFrom");
        period(periodTo, "filter-period-to", "filter.periodTo");
        statuses.setId("filter-statuses");
        statuses.setLabel(getTranslation("filter.statuses"));
        statuses.setItems(statusValues);
        statuses.setItemLabelGenerator(code -> getTranslation("code." + code));
        statuses.setVisible(!statusValues.isEmpty());
        amountMin.setId("filter-amount-min");
        amountMin.setLabel(getTranslation("filter.amountMin"));
        amountMax.setId("filter-amount-max");
        amountMax.setLabel(getTranslation("filter.amountMax"));
        amountMin.setWidth("9em");
        amountMax.setWidth("9em");

        Button apply = new Button(getTranslation("filter.apply"), e -> fireIfValid());
        apply.setId("filter-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickShortcut(Key.ENTER);
        Button reset = new Button(getTranslation("filter.reset"), e -> reset());
        reset.setId("filter-reset");
        add(periodFrom, periodTo, statuses, amountMin, amountMax, apply, reset);
    }

    private void period(TextField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setPlaceholder("MM/AAAA");
        field.setHelperText(getTranslation("filter.period.help"));
        field.setMaxLength(7);
        field.setWidth("9em");
    }

    /** The current filter, or empty (with the fields marked) when the input is not valid. */
    Optional<SectionFilter> currentFilter() {
        YearMonth from = parse(periodFrom);
        YearMonth to = parse(periodTo);
        if (periodFrom.isInvalid() || periodTo.isInvalid()) {
            return Optional.empty();
        }
        if (from != null && to != null && from.isAfter(to)) {
            periodTo.setInvalid(true);
            periodTo.setErrorMessage(getTranslation("filter.period.order"));
            return Optional.empty();
        }
        if (amountOrderMarked) {
            amountMax.setInvalid(false);
            amountOrderMarked = false;
        }
        BigDecimal min = amountMin.getValue();
        BigDecimal max = amountMax.getValue();
        if (amountMin.isInvalid() || amountMax.isInvalid()) {
            return Optional.empty();
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            amountMax.setInvalid(true);
            amountMax.setErrorMessage(getTranslation("filter.amount.order"));
            amountOrderMarked = true;
            return Optional.empty();
        }
        return Optional.of(new SectionFilter(new PeriodRange(from, to), statuses.getValue(), new AmountRange(min, max)));
    }

    private YearMonth parse(TextField field) {
        field.setInvalid(false);
        try {
            return SectionFormats.parsePeriod(field.getValue());
        } catch (IllegalArgumentException notAPeriod) {
            field.setErrorMessage(getTranslation("filter.period.invalid"));
            field.setInvalid(true);
            return null;
        }
    }

    private void fireIfValid() {
        currentFilter().ifPresent(filter -> fireEvent(new FilterChanged(this, filter)));
    }

    private void reset() {
        periodFrom.clear();
        periodTo.clear();
        statuses.clear();
        amountMin.clear();
        amountMax.clear();
        fireIfValid();
    }

    Registration addFilterChangedListener(com.vaadin.flow.component.ComponentEventListener<FilterChanged> listener) {
        return addListener(FilterChanged.class, listener);
    }

    /** The user applied a valid filter. */
    static class FilterChanged extends ComponentEvent<SectionFilterBar> {
        private final SectionFilter filter;

        FilterChanged(SectionFilterBar source, SectionFilter filter) {
            super(source, true);
            this.filter = filter;
        }

        SectionFilter filter() {
            return filter;
        }
    }
}
