import { graphql } from '../common/graphql.js';

const counts = document.getElementById('counts')!;
graphql<{ sources: { id: string; title: string }[] }>('{ sources { id title } }')
  .then((data) => {
    counts.textContent = `${data.sources.length} sources: ${data.sources.map((source) => source.title).join('; ')}`;
  })
  .catch((error: Error) => {
    counts.textContent = `The API did not answer: ${error.message}`;
  });
