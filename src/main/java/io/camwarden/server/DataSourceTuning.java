package io.camwarden.server;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Driver settings that depend on which database the JDBC URL names. PostgreSQL: let the driver rewrite
 * statement batches into multi-row INSERTs (bulk import writes thousands of rows per batch). H2 refuses
 * unknown settings, so nothing is added there.
 */
@Component
class DataSourceTuning implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource ds && ds.getJdbcUrl() != null
                && ds.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            ds.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
    }
}
