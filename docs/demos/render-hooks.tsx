/**
 * title: Render hooks
 * description: Each part of a row can be replaced; a hook gets the message and the default node. Content that is not markdown, like this form, comes through `contentRender`.
 */
import { Button, Form, Input, Tag } from 'antd';
import { ProChat } from 'pro-chat-next';

export default () => (
  <div style={{ height: 380 }}>
    <ProChat
      request={() => 'Thanks, got it.'}
      initialChats={[{ id: 'f', role: 'assistant', content: 'form', createdAt: 1, updatedAt: 1, status: 'done', extra: { kind: 'form' } }]}
      chatItemRenderConfig={{
        titleRender: (props) => (props.primary ? undefined : <Tag color="blue">assistant</Tag>),
        contentRender: (props, dom) =>
          props.originData.extra?.kind === 'form' ? (
            <Form layout="inline" onFinish={(v) => alert(JSON.stringify(v))}>
              <Form.Item name="city" label="City">
                <Input placeholder="Berlin" />
              </Form.Item>
              <Button htmlType="submit" type="primary">
                Book
              </Button>
            </Form>
          ) : (
            dom
          ),
      }}
      showTitle
      messageItemExtraRender={(message, type) => (type === 'assistant' ? <small>{message.content.length} characters</small> : null)}
    />
  </div>
);
