package org.fagai.approval.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.fagai.organization.Role;

/** An application's copy of its kind's review chain, as it was at acceptance: "1|经办人初审|STAFF|40;2|…". */
@Converter
class ChainConverter implements AttributeConverter<List<ChainStep>, String> {

    @Override
    public String convertToDatabaseColumn(List<ChainStep> chain) {
        return chain == null || chain.isEmpty() ? null : chain.stream()
                .map(s -> s.position() + "|" + s.name() + "|" + s.role().name() + "|" + s.sharePercent())
                .collect(Collectors.joining(";"));
    }

    @Override
    public List<ChainStep> convertToEntityAttribute(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(part -> part.split("\\|"))
                .map(f -> new ChainStep(Integer.parseInt(f[0]), f[1], Role.valueOf(f[2]), Integer.parseInt(f[3])))
                .toList();
    }
}
