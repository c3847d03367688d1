package cn.xuchang.ems.app.ui.attributes;

import cn.xuchang.ems.app.ui.attributes.AttributeRow.Section;
import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.app.ui.status.CoordinateText;
import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.domain.County;
import cn.xuchang.ems.data.domain.HazardGrade;
import cn.xuchang.ems.data.domain.Provenance;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceDetails;
import cn.xuchang.ems.data.domain.SubstanceAmount;
import cn.xuchang.ems.data.domain.SupplyStock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a {@link Resource} into the translated rows of the attribute panel: identity and position,
 * every typed field of its details (read from the record's components, so a field added to a details
 * record shows up without touching the UI), provenance and the sample flag.
 *
 * <p>Stateless apart from the messages; safe to use from any thread.
 */
public final class ResourceAttributes {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Messages messages;

    public ResourceAttributes(Messages messages) {
        this.messages = messages;
    }

    /** All rows for {@code r}, in panel order. */
    public List<AttributeRow> rowsOf(Resource r) {
        List<AttributeRow> rows = new ArrayList<>();
        rows.add(row(Section.IDENTITY, "attr.name", r.name()));
        rows.add(row(Section.IDENTITY, "attr.kind", kindName(r)));
        rows.add(row(Section.IDENTITY, "attr.county", countyName(r.countyCode())));
        rows.add(row(Section.IDENTITY, "attr.lonlat", CoordinateText.decimal(r.location())));
        double[] en = GaussKruger.CM_114E.forward(r.location());
        rows.add(row(Section.IDENTITY, "attr.gk", CoordinateText.gaussKruger(en[0], en[1])));
        rows.add(row(Section.IDENTITY, "attr.sample", r.sample() ? messages.get("attr.sample.yes") : messages.get("no")));
        rows.addAll(detailRows(r.details()));
        rows.addAll(provenanceRows(r.provenance()));
        rows.add(row(Section.PROVENANCE, "attr.id", r.id().toString()));
        return rows;
    }

    /** The translated name of the resource's kind. */
    public String kindName(Resource r) {
        return messages.get("kind." + r.kind().code());
    }

    /** The translated county name, or "outside Xuchang". */
    public String countyName(String code) {
        return County.fromCode(code)
                .map(c -> messages.english() ? c.nameEn() : c.nameZh())
                .orElse(messages.get("county.outside"));
    }

    private List<AttributeRow> detailRows(ResourceDetails details) {
        List<AttributeRow> rows = new ArrayList<>();
        for (RecordComponent c : details.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(details);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + details.getClass().getSimpleName(), e);
            }
            rows.add(new AttributeRow(Section.DETAILS, messages.get("field." + c.getName()), format(value)));
        }
        return rows;
    }

    private List<AttributeRow> provenanceRows(Provenance p) {
        return List.of(
                row(Section.PROVENANCE, "attr.source", p.source()),
                row(Section.PROVENANCE, "attr.sourceCrs", p.sourceCrs()),
                row(Section.PROVENANCE, "attr.created", messages.get("attr.by", TIME.format(p.createdAt()), p.createdBy())),
                row(Section.PROVENANCE, "attr.updated", messages.get("attr.by", TIME.format(p.updatedAt()), p.updatedBy())));
    }

    /** A field value in the UI language: yes/no, translated enum constants, lists joined. */
    String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return messages.get(b ? "yes" : "no");
        }
        if (value instanceof HazardGrade g) {
            return messages.get("enum.HazardGrade." + g.name());
        }
        if (value instanceof Enum<?> e) {
            return messages.get("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name());
        }
        if (value instanceof Double || value instanceof Float) {
            NumberFormat nf = NumberFormat.getNumberInstance(messages.locale());
            nf.setMaximumFractionDigits(1);
            return nf.format(((Number) value).doubleValue());
        }
        if (value instanceof SupplyStock s) {
            return messages.get("attr.stock", s.code(), s.name(), format(s.quantity()), s.unit());
        }
        if (value instanceof SubstanceAmount s) {
            return messages.get("attr.substance", s.substance(), format(s.tonnes()));
        }
        if (value instanceof Instant i) {
            return TIME.format(i);
        }
        if (value instanceof Collection<?> items) {
            if (items.isEmpty()) {
                return "—";
            }
            // sets have no order of their own: sort them so the panel reads the same every time
            var texts = items.stream().map(this::format);
            if (!(items instanceof List)) {
                texts = texts.sorted();
            }
            return texts.collect(Collectors.joining(messages.get("list.separator")));
        }
        String s = value.toString();
        return s.isEmpty() ? "—" : s;
    }

    private AttributeRow row(Section section, String key, String value) {
        return new AttributeRow(section, messages.get(key), value);
    }
}
