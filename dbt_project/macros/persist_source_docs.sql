{#
    The YAML descriptions of the raw tables a model reads, as comments on them (a post-hook
    of the staging models, which read every source once).

    dbt's persist_docs covers models and seeds, not sources; an analyst who opens the file
    meets schema raw too, so its tables and columns carry the words of _sources.yml. Only
    described columns present in the table are commented (duckdb__alter_column_comment checks).
    A post-hook runs in the model's transaction and commits with it; an on-run-end hook would
    not (dbt rolls back the transaction its rendering opens).
#}
{% macro persist_source_docs() %}
    {%- if not execute -%}
        {%- do return('') -%}
    {%- endif -%}
    {%- set statements = [] -%}
    {%- for source_id in model.depends_on.nodes if source_id.startswith('source.') -%}
        {%- set source = graph.sources[source_id] -%}
        {%- set relation = api.Relation.create(database=source.database, schema=source.schema,
                                               identifier=source.identifier, type='table') -%}
        {%- if source.description -%}
            {%- do statements.append(alter_relation_comment(relation, source.description)) -%}
        {%- endif -%}
        {%- set described = {} -%}
        {%- for name, column in source.columns.items() if column.description -%}
            {%- do described.update({name: column}) -%}
        {%- endfor -%}
        {%- if described -%}
            {%- do statements.append(alter_column_comment(relation, described)) -%}
        {%- endif -%}
    {%- endfor -%}
    {%- do return(statements | join('\n')) -%}
{% endmacro %}
