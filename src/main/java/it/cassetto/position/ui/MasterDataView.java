package it.cassetto.position.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.cassetto.position.PositionMasterData;
import it.cassetto.position.PositionService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/** Anagrafica and inquadramento of a position: who the contributor is and how it is classified. */
@Route(value = "posizioni/:positionId([0-9]+)/anagrafica", layout = PositionLayout.class)
@CdiComponent
@PermitAll
public class MasterDataView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PositionService positions;

    @Inject
    public MasterDataView(PositionService positions) {
        this.positions = positions;
        setId("master-data-view");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PositionMasterData data = positions.masterData(PositionRoutes.positionId(event));
        removeAll();
        add(new H1(getTranslation("section.master-data")));
        add(new H2(getTranslation("masterData.registry")));
        add(list("master-data-registry",
                entry("masterData.holder", data.position().holderName()),
                entry("masterData.fiscalCode", data.position().holderFiscalCode()),
                entry("masterData.vatNumber", data.vatNumber()),
                entry("masterData.legalForm", data.legalForm()),
                entry("masterData.address", join(data.street(), data.postalCode(), data.city(), data.provinceCode())),
                entry("masterData.pec", data.pec()),
                entry("masterData.legalRepresentative", join(data.legalRepresentativeName(),
                        data.legalRepresentativeFiscalCode())),
                entry("masterData.phone", data.phone()),
                entry("masterData.email", data.email())));
        add(new H2(getTranslation("masterData.classification")));
        add(list("master-data-classification",
                entry("masterData.identifier", data.position().displayIdentifier()),
                entry("masterData.kind", getTranslation(data.position().kind().labelKey())),
                entry("masterData.status", getTranslation(data.position().status().labelKey())),
                entry("masterData.office", data.position().officeName()),
                entry("masterData.csc", data.csc()),
                entry("masterData.authorizationCodes", data.authorizationCodes()),
                entry("masterData.ateco", data.atecoCode()),
                entry("masterData.classificationText", data.classification()),
                entry("masterData.employees", Integer.toString(data.employees())),
                entry("masterData.openedOn", SectionFormats.date(data.openedOn())),
                entry("masterData.ceasedOn", SectionFormats.date(data.ceasedOn()))));
    }

    private DescriptionList list(String id, String[]... entries) {
        DescriptionList list = new DescriptionList();
        list.setId(id);
        list.addClassName("master-data");
        for (String[] entry : entries) {
            list.add(new DescriptionList.Term(getTranslation(entry[0])),
                    new DescriptionList.Description(entry[1] == null || entry[1].isBlank() ? "—" : entry[1]));
        }
        return list;
    }

    private static String[] entry(String labelKey, String value) {
        return new String[] {labelKey, value};
    }

    private static String join(String... parts) {
        return String.join(" ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("section.master-data") + " · " + getTranslation("app.title");
    }
}
