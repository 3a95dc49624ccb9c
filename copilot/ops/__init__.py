"""Operations endpoints: health, metrics, OpenAPI docs."""
