package zone.xianggan.events.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import zone.xianggan.events.EventType;

/**
 * The premise of the one change {@link FullCompatibility} lets through, an optional property added to an open
 * object: the zone writes its data records as they are, so no event it has published carries a property its schema
 * does not declare, and a property declared later cannot meet an older value of another kind under its name.
 */
class DataRecordsDeclareTheirPropertiesTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyPropertyTheDataRecordWritesIsDeclaredInTheSchema(EventType type) {
        assertThat(undeclared(type.dataClass(), SchemaNode.root(ReleasedSchemas.current(type)))).isEmpty();
    }

    /** The record's properties, nested ones too, that the schema does not declare where the record writes them. */
    private static List<String> undeclared(Class<?> record, SchemaNode schema) {
        List<String> undeclared = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = component.getName();
            if (!schema.propertyNames().contains(name)) {
                undeclared.add(schema.path("properties/" + name));
            } else if (component.getType().isRecord()) {
                undeclared.addAll(undeclared(component.getType(), schema.property(name)));
            } else if (listedRecord(component.getGenericType()) instanceof Class<?> element) {
                undeclared.addAll(undeclared(element, schema.property(name).items()));
            }
        }
        return undeclared;
    }

    /** The record type of the list's elements, or null where the type is not a list of records. */
    private static Class<?> listedRecord(Type type) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class
                && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
            return element;
        }
        return null;
    }
}
