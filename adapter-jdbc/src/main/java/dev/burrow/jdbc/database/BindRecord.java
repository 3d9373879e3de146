package dev.burrow.jdbc.database;

import org.jdbi.v3.core.generic.GenericTypes;
import org.jdbi.v3.sqlobject.customizer.SqlStatementCustomizerFactory;
import org.jdbi.v3.sqlobject.customizer.SqlStatementCustomizingAnnotation;
import org.jdbi.v3.sqlobject.customizer.SqlStatementParameterCustomizer;

import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;

/**
 * Binds each component of a record parameter by its name ({@code :emailFolded}) and declared type, so a null
 * binds as the column's type. JDBI's {@code @BindRecord} would do it, but only for public classes, and the
 * {@code *Row} records stay package-private. In a {@code @SqlBatch}, a list of records binds one record a row.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@SqlStatementCustomizingAnnotation(BindRecord.Factory.class)
public @interface BindRecord {

    /** Binds the components of the annotated record. */
    final class Factory implements SqlStatementCustomizerFactory {

        @Override
        public SqlStatementParameterCustomizer createForParameter(Annotation annotation, Class<?> sqlObjectType,
                                                                  Method method, Parameter parameter, int index,
                                                                  Type type) {
            // A batch passes the element type of its list here (each row binds one element), a statement the
            // parameter's own type.
            Class<?> recordType = GenericTypes.getErasedType(type);
            RecordComponent[] components = recordType.getRecordComponents();
            if (components == null) {
                throw new IllegalArgumentException("@BindRecord needs a record, got " + recordType);
            }
            for (RecordComponent component : components) {
                component.getAccessor().setAccessible(true);
            }
            return (statement, record) -> {
                for (RecordComponent component : components) {
                    statement.bindByType(component.getName(), value(component, record), component.getGenericType());
                }
            };
        }

        private static Object value(RecordComponent component, Object record) {
            try {
                return component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
    }
}
