{#
    ref() and source() rendered as schema.identifier, without the database.

    dbt-duckdb names a relation "<database>"."<schema>"."<identifier>", where the database is
    the catalog DuckDB derives from the file name (coopwatch.duckdb -> "coopwatch"). A view's
    SQL is stored as compiled, so a view reading "coopwatch"."staging"."stg_articles" fails with
    `Catalog "coopwatch" does not exist!` once the file is copied to another name or attached
    under another alias. DuckDB binds the names inside a view against the view's own catalog,
    so schema.identifier keeps working under any file name or alias, and while dbt builds the
    warehouse it is the default catalog anyway.

    This is the override dbt documents for its builtins (docs: "About builtins Jinja variable").
    Relations of the current model (`this`, DDL, comments) are unchanged: they only run at
    build time.
#}

{% macro ref() %}
    {%- set version = kwargs.get('version') or kwargs.get('v') -%}
    {%- if (varargs | length) == 1 -%}
        {%- set relation = builtins.ref(varargs[0], version=version) -%}
    {%- else -%}
        {%- set relation = builtins.ref(varargs[0], varargs[1], version=version) -%}
    {%- endif -%}
    {%- do return(without_database(relation)) -%}
{% endmacro %}

{% macro source(source_name, table_name) %}
    {%- do return(without_database(builtins.source(source_name, table_name))) -%}
{% endmacro %}

{# A relation rendered without its database; anything else (a unit test's fixture) as it is. #}
{% macro without_database(relation) %}
    {%- if relation is not none and relation.include is defined -%}
        {%- do return(relation.include(database=false)) -%}
    {%- endif -%}
    {%- do return(relation) -%}
{% endmacro %}
