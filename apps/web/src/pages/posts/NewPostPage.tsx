import { useMutation } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { useTags } from '../../data/reference';
import { RadioList, TagButtons } from '../../forms/choices';
import { TextareaField, TextField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import type { PostKind } from '../../gql/graphql';
import { MY_POSTS, POSTS } from './posts-data';

const CREATE_POST = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
      kind
      title
    }
  }
`);

/** Post an offer (something I can do) or a request (something I would like). */
export function NewPostPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const tags = useTags('all');
  const [create, { loading }] = useMutation(CREATE_POST, { refetchQueries: [MY_POSTS, POSTS] });
  const [kind, setKind] = useState<PostKind | ''>('');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const fields = {
    kind: { id: 'post-kind', label: t('posts.form.kind') },
    title: { id: 'post-title', label: t('posts.form.title') },
    text: { id: 'post-text', label: t('posts.form.text') },
    tags: { id: 'post-tags', label: t('posts.form.tags') },
  };
  const errors = useFormErrors(fields);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = [
      ...(kind ? [] : [{ field: 'kind', key: 'chooseOne' }]),
      ...(title.trim() ? [] : [{ field: 'title', key: 'required' }]),
    ];
    if (errors.check(problems)) return;
    try {
      await create({ variables: { input: { kind: kind as PostKind, title: title.trim(), text: text.trim() || null, tags: chosen } } });
      navigate('/my-posts', { state: { created: title.trim() } });
    } catch (error) {
      errors.handle(error);
    }
  }

  return (
    <>
      <PageHeading>{t('posts.form.heading')}</PageHeading>
      <Paragraph>{t('posts.form.intro')}</Paragraph>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit} className="bb-form">
        <RadioList<PostKind>
          name="kind"
          spec={fields.kind}
          errors={errors}
          options={[
            { value: 'OFFER', label: t('posts.form.offer'), description: t('posts.form.offerHelp') },
            { value: 'REQUEST', label: t('posts.form.request'), description: t('posts.form.requestHelp') },
          ]}
          value={kind}
          onChange={setKind}
        />
        <TextField name="title" spec={fields.title} errors={errors} description={t('posts.form.titleHelp')} maxLength={120} value={title} onChange={setTitle} />
        <TextareaField name="text" spec={fields.text} errors={errors} description={t('posts.form.textHelp')} maxLength={2000} value={text} onChange={setText} />
        <TagButtons name="tags" spec={fields.tags} errors={errors} description={t('posts.form.tagsHelp')} options={tags.options} value={chosen} onChange={setChosen} />
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('posts.form.submit')}
        </Button>
      </form>
      <Paragraph>
        <AppLink to="/posts">{t('posts.back')}</AppLink>
      </Paragraph>
    </>
  );
}
